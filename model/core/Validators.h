#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

/** Checks and canonical forms for the identifiers people type. Each message says what good input looks like. */
class Validators
{
    Q_DECLARE_TR_FUNCTIONS(Validators)

public:
    struct Outcome
    {
        bool valid = false;
        QString canonical; // the value as stored, when valid
        QString message;   // translated, when not
    };

    /** National Insurance number: two permitted prefix letters, six digits, suffix A–D. Spaces are ignored. */
    static Outcome niNumber(const QString &input);
    /** Displays a stored NI number in the usual grouped form: QQ 12 34 56 C. */
    static QString formatNiNumber(const QString &canonical);
    /** A full UK postcode (outward and inward code). */
    static Outcome postcode(const QString &input);
    /** The outward code alone ("LS1") or a full postcode; canonical form is the outward code. */
    static Outcome outcode(const QString &input);
    /** A stored date: ISO year-month-day only, as forms and bundles hold it. */
    static Outcome isoDate(const QString &input);
    /** A date as people type it (DateText::parseDate: day/month/year or ISO); canonical form is ISO. */
    static Outcome date(const QString &input);
    /** A date and time as people type it (DateText::parseDateTime); canonical form is "yyyy-MM-dd HH:mm". */
    static Outcome dateTime(const QString &input);
    static Outcome email(const QString &input);
    static Outcome ukPhone(const QString &input);
    static Outcome decimal(const QString &input, double minimum, double maximum);
    static Outcome integer(const QString &input, qint64 minimum, qint64 maximum);
};
