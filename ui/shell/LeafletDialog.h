#pragma once

#include "model/session/PersonLeaflet.h"

#include <QDialog>

class QComboBox;
class QTextBrowser;

/**
 * Help ▸ Leaflet for the person: the plain-language leaflet (PersonLeaflet) to print or save as a PDF and give to
 * the person, in English or Welsh whatever the interface language (their language may not be the coach's). It
 * holds nothing about anyone, so saving it needs no warning. The page takes the focus first, so a screen reader
 * starts reading it.
 */
class LeafletDialog : public QDialog
{
    Q_OBJECT

public:
    /** `language` is the leaflet's first language ("en" or "cy"), usually the interface's. */
    explicit LeafletDialog(const QString &language, QWidget *parent = nullptr);

    const PersonLeaflet &leaflet() const { return m_leaflet; }
    /** Shows the leaflet in `language` ("en" or "cy"). */
    void setLanguage(const QString &language);
    /** Writes the leaflet as a PDF to `path`; false (after saying why) when it could not. */
    bool saveAsPdf(const QString &path);

private:
    void print();
    void askAndSavePdf();

    PersonLeaflet m_leaflet;
    QComboBox *m_languageChoice;
    QTextBrowser *m_text;
};
