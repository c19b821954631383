"""The application's state beyond one document: settings, autosaves, the library, start-up."""
