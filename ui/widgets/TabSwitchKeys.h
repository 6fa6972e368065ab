#pragma once

#include <QObject>

class QTabWidget;

/**
 * Ctrl+PgDown and Ctrl+PgUp move to the next and previous tab of a tab widget from anywhere inside it, as in
 * browsers and office suites (issue 16 #9). A combo or spin box with focus used to take the key and change its value
 * instead. A shortcut of an inner page (a form's Next page) still wins: it is matched before the key reaches here.
 * Watches the application's key events; owned by the tab widget.
 */
class TabSwitchKeys : public QObject
{
    Q_OBJECT

public:
    explicit TabSwitchKeys(QTabWidget *tabs);
    ~TabSwitchKeys() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** +1, -1, or 0 when `event` is not Ctrl+PgDown or Ctrl+PgUp for a widget inside the tabs. */
    int step(QObject *watched, QEvent *event) const;

    QTabWidget *m_tabs;
};
