#include "ui/widgets/TabSwitchKeys.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTabBar>
#include <QTabWidget>

TabSwitchKeys::TabSwitchKeys(QTabWidget *tabs)
    : QObject(tabs)
    , m_tabs(tabs)
{
    qApp->installEventFilter(this);
}

TabSwitchKeys::~TabSwitchKeys()
{
    qApp->removeEventFilter(this);
}

int TabSwitchKeys::step(QObject *watched, QEvent *event) const
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return 0;
    const auto *key = static_cast<QKeyEvent *>(event);
    if ((key->modifiers() & ~Qt::KeypadModifier) != Qt::ControlModifier)
        return 0;
    if (key->key() != Qt::Key_PageDown && key->key() != Qt::Key_PageUp)
        return 0;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || !(widget == m_tabs || m_tabs->isAncestorOf(widget)) || m_tabs->count() < 2)
        return 0;
    return key->key() == Qt::Key_PageDown ? 1 : -1;
}

bool TabSwitchKeys::eventFilter(QObject *watched, QEvent *event)
{
    const int direction = step(watched, event);
    if (direction == 0)
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        // A combo or spin box must not claim the key before shortcuts are looked at: left unaccepted, an inner
        // page's own Ctrl+PgDown shortcut still runs, and otherwise the key press comes here.
        event->ignore();
        return true;
    }
    const int count = m_tabs->count();
    int index = m_tabs->currentIndex();
    for (int tried = 0; tried < count; ++tried) {
        index = (index + direction + count) % count;
        if (m_tabs->isTabEnabled(index) && m_tabs->isTabVisible(index))
            break;
    }
    m_tabs->setCurrentIndex(index);
    // Focus goes to the tab bar, so a screen reader says which tab is open; it would otherwise stay on a hidden page.
    m_tabs->tabBar()->setFocus(Qt::ShortcutFocusReason);
    return true;
}
