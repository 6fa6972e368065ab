#pragma once

#include "model/session/DayDigest.h"
#include "model/session/NewVacancyFits.h"
#include "model/vault/VaultSetting.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QVBoxLayout;
class VaultServices;

/**
 * What the coach sees first after unlocking, beside the caseload: their day (DayDigest), one list per section,
 * and the new vacancies that fit someone (NewVacancyFits), which fill in once the matching context is read and
 * ranking has run on a worker thread. Activating an item (Enter, Return or a click) asks to open the person at the
 * right tab; moving through the lists only moves, so focus never opens anyone. Showing the page audits nothing.
 * An empty caseload offers to add someone or import a caseload bundle instead.
 */
class StartPage : public QWidget
{
    Q_OBJECT

public:
    StartPage(VaultServices &services, VaultSetting setting, QWidget *parent = nullptr);

    /** Weeks without contact before someone is listed (Settings::Key::NotContactedWeeks). */
    void setNotContactedWeeks(int weeks) { m_weeks = weeks; }
    /** Reads the day again (as of today's date) and starts looking for new vacancies that fit. */
    void refresh();
    /** Puts focus on the first list with items, or on the first button when the caseload is empty. */
    void focusFirstItem();
    /** The list of a section, or null when the section is not shown (tests). */
    QListWidget *list(DigestSection section) const { return m_lists.value(section); }
    /** Whether the new-vacancy section has its answer (tests wait on it). */
    bool vacancyFitsReady() const { return m_fitsReady; }

Q_SIGNALS:
    /** An item was activated: open this person at `target` (or, for Quarantine, the quarantine view). */
    void openRequested(const QString &personId, DigestTarget target);
    void addPersonRequested();
    void importBundleRequested();

private:
    void rebuild(const QVector<DigestSectionItems> &sections, bool caseloadEmpty);
    QListWidget *addSection(DigestSection section, const QString &title);
    void fill(DigestSection section, const DigestSectionItems &items);
    void setEmptyText(DigestSection section, const QString &text);
    QString emptyText(DigestSection section) const;
    QString itemText(DigestSection section, const DigestItem &item) const;
    void activate(QListWidgetItem *item);
    void startVacancyFits();
    void rankVacancyFits();
    void showVacancyFits(const DigestSectionItems &fits);
    void clearSections();

    VaultServices &m_services;
    VaultSetting m_setting;
    int m_weeks = 4;
    DayDigestOptions m_options;
    /** Bumped on every refresh, so a ranking finishing after a newer refresh is dropped. */
    int m_generation = 0;
    bool m_fitsReady = false;
    bool m_waitingForContext = false;
    NewVacancies m_fresh;

    QLabel *m_heading;
    QLabel *m_problem;
    QWidget *m_emptyCaseload;
    QPushButton *m_addPerson;
    QPushButton *m_importBundle;
    QWidget *m_sectionsBox;
    QVBoxLayout *m_sectionsLayout;
    QMap<DigestSection, QListWidget *> m_lists;
    QMap<DigestSection, QLabel *> m_titles;
    QMap<DigestSection, QLabel *> m_emptyLabels;
};
