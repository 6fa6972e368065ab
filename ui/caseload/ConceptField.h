#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

class QComboBox;
class SkillNormaliser;
class QLabel;
class QLineEdit;

/** A taxonomy concept a person may choose for what they typed, and how it was found. */
struct ConceptChoice
{
    QString id;
    QString label;
    /** "exact", "close match", "shares words"…, translated. */
    QString how;
    /** Found by its own name (the label, an alternative or a spelling variant): matching uses it unconfirmed. */
    bool certain = false;
};

/** How the caseload screens ask the vault's taxonomy about a skill; empty while the vault is locked. */
struct ConceptLookup
{
    /** What `text` may mean, best first; the first is `certain` when the text names the concept. */
    std::function<QVector<ConceptChoice>(const QString &text)> candidates;
    /** The concept's label, or an empty string when the taxonomy in use does not hold the id. */
    std::function<QString(const QString &id)> label;

    explicit operator bool() const { return candidates && label; }

    /** Asks the normaliser `source` gives at the time of asking (null while locked: nothing is offered). */
    static ConceptLookup over(std::function<std::shared_ptr<const SkillNormaliser>()> source);

    /**
     * One line saying what matching does with a skill typed as `text` and stored with `conceptId`: the concept
     * chosen, the one its name finds, or that it is not in the taxonomy.
     */
    QString describe(const QString &text, const QString &conceptId) const;
};

/**
 * Keeps a record form's taxonomy concept field in step with the text typed beside it (a skill's name): the
 * list offers the concepts the text may mean, and a line under it says plainly whether the skill was found
 * in the taxonomy, so a skill never silently fails to match (issue 16 §16).
 *
 * The stored value stays empty unless the person picks a concept: empty means "look it up by its name",
 * which matching does only when the name is certain (the label itself, an alternative or a spelling variant).
 */
class ConceptField : public QObject
{
    Q_OBJECT

public:
    ConceptField(QComboBox *combo, QLabel *status, QLineEdit *name, QObject *parent = nullptr);

    void setLookup(ConceptLookup lookup);
    /** Rebuilds the choices for the name as it now reads, keeping the stored or chosen concept. */
    void refresh();

    QLabel *status() const;

Q_SIGNALS:
    /** The line under the list now reads `status`; a screen reader should hear it with the list. */
    void statusChanged(const QString &status);

private:
    void updateStatus();

    QPointer<QComboBox> m_combo;
    QPointer<QLabel> m_status;
    QPointer<QLineEdit> m_name;
    ConceptLookup m_lookup;
    ConceptChoice m_byName;
    int m_closeChoices = 0;
};
