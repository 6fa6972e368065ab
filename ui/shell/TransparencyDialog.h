#pragma once

#include "model/session/TransparencyRecord.h"

#include <QDialog>

class QTextBrowser;

/**
 * Help ▸ About the suggestions: the transparency record (TransparencyRecord) as a readable page, with Copy
 * (plain text) and Print. The page takes the keyboard focus first, so a screen reader starts reading it.
 */
class TransparencyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TransparencyDialog(TransparencyRecord record, QWidget *parent = nullptr);

    const TransparencyRecord &record() const { return m_record; }

private:
    void print();

    TransparencyRecord m_record;
    QTextBrowser *m_text;
};
