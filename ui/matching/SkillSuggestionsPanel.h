#pragma once

#include "model/core/Result.h"
#include "model/matching/MatchProfileBuilder.h"

#include <QGroupBox>
#include <QString>
#include <QVector>

#include <functional>

class QLabel;
class QVBoxLayout;
class QWidget;
class RecordStore;

/**
 * "Suggested from work history": skills essential to the occupations in a person's work history that
 * their profile lacks, each with where it came from and an Add button. Nothing is added without a click;
 * an added skill is saved with source "work_history" and its taxonomy concept.
 */
class SkillSuggestionsPanel : public QGroupBox
{
    Q_OBJECT

public:
    using SuggestionSource = std::function<Result<QVector<SkillSuggestion>>(const QString &personId)>;

    explicit SkillSuggestionsPanel(RecordStore &store, QWidget *parent = nullptr);

    /** Supplies the suggestions; without a source the panel stays hidden. */
    void setSource(SuggestionSource source);
    bool hasSource() const { return static_cast<bool>(m_source); }
    /** Reads the suggestions for this person now (an empty id clears the panel). */
    void showFor(const QString &personId);
    void clear();
    /** The suggestions listed. */
    const QVector<SkillSuggestion> &suggestions() const { return m_suggestions; }
    /** The Add buttons in order, for the page's tab order. */
    QList<QWidget *> focusWidgets() const;

Q_SIGNALS:
    /** A suggested skill was saved for the person. */
    void skillAdded(const QString &personId);

private:
    void rebuild();
    void add(int index);
    void dropRows();

    RecordStore &m_store;
    SuggestionSource m_source;
    QString m_personId;
    QVector<SkillSuggestion> m_suggestions;
    QLabel *m_message;
    QWidget *m_rows = nullptr;
    QVBoxLayout *m_layout;
};
