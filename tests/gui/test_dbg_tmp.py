from PySide6.QtWidgets import QApplication
from tests.gui.test_lists import *  # noqa

def test_dbg(qtbot, open_window, people, services):
    window = open_window()
    activate(qtbot, window)
    page = contacts_page(window)
    rows = [page.model.row_of(people["bjorn"]), page.model.row_of(people["dan"])]
    select_rows(page, [r for r in rows if r is not None])
    page.focus_list()
    print("focus before", QApplication.focusWidget(), QApplication.activeWindow())
    d = page.ask_tag()
    print("dialog", d, QApplication.activeWindow(), QApplication.focusWidget())
    qtbot.wait(100)
    print("dialog2", d, QApplication.activeWindow(), QApplication.focusWidget(), d.isActiveWindow(), d.isModal(), d.windowModality())
