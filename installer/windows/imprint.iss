; Inno Setup script for Imprint on Windows. build_installer.py compiles it after PyInstaller:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\imprint /DIconFile=build\installer\imprint.ico /Odist imprint.iss
; SourceDir is the PyInstaller folder holding imprint.exe (window) and imprint-cli.exe (console).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\imprint"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\installer\imprint.ico"
#endif

[Setup]
AppId={{6F0E4C52-8E0B-4C3A-9D0B-5B1B7E2D9A41}
AppName=Imprint
AppVersion={#AppVersion}
AppPublisher=Imprint
DefaultDirName={autopf}\Imprint
DefaultGroupName=Imprint
DisableProgramGroupPage=yes
OutputBaseFilename=imprint-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\imprint.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
ChangesEnvironment=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the imprint-cli command to PATH"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Imprint"; Filename: "{app}\imprint.exe"
Name: "{autodesktop}\Imprint"; Filename: "{app}\imprint.exe"; Tasks: desktopicon

[Registry]
; .imprint documents open in Imprint; Markdown files get it in their "Open with" list.
Root: HKA; Subkey: "Software\Classes\.imprint"; ValueType: string; ValueName: ""; ValueData: "Imprint.Document"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.imprint"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-imprint"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Imprint.Document"; ValueType: string; ValueName: ""; ValueData: "Imprint document"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Imprint.Document\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\imprint.exe,0"
Root: HKA; Subkey: "Software\Classes\Imprint.Document\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\imprint.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.md\OpenWithProgids"; ValueType: string; ValueName: "Imprint.Document"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\imprint.exe\SupportedTypes"; ValueType: string; ValueName: ".md"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\imprint.exe\SupportedTypes"; ValueType: string; ValueName: ".txt"; ValueData: ""
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\imprint.exe"; Description: "{cm:LaunchProgram,Imprint}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Current) then
    Current := '';
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
