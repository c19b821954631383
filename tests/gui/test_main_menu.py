"""The menu table: every row reaches something the window has, and lands in its menu."""

from __future__ import annotations

from desktop_app.gui import main_menu


def test_every_menu_item_calls_what_the_window_has(window) -> None:
    # The table's slots take the window untyped (it imports the menu), so the type checker
    # cannot catch a misspelt method: this walks each slot's attribute chain on a real window.
    for name, item in window.menu.items.items():
        target = window
        for attribute in item.slot.__code__.co_names:
            if hasattr(main_menu, attribute):
                break  # a constant of the menu module (FIT_WIDTH), not the window's
            assert hasattr(target, attribute), f"{name}: {attribute}"
            target = getattr(target, attribute)


def test_every_row_is_in_its_menu_and_the_toolbar_names_real_items(window) -> None:
    for menu_name, rows in main_menu.MENUS.items():
        shown = window.menu.menus[menu_name].actions()
        for row in rows:
            if isinstance(row, main_menu.Item):
                assert window.menu[row.name] in shown, row.name
    toolbar = window.menu.toolbar.actions()
    for group in main_menu.TOOLBAR:
        assert all(window.menu[name] in toolbar for name in group)
