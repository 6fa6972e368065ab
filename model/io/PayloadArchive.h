#pragma once

#include "model/core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

/**
 * Bundle payloads are Boost.Serialization text archives (portable between Linux and Windows), but
 * written and read only through these two classes. Boost's text_oarchive writes them; nothing is ever
 * read with Boost's loader. The reader parses the text form itself: every count is checked against a
 * caller's limit, every string length against its own cap and the bytes left, before anything is
 * allocated; and reading must end exactly at the end marker.
 * Boost 1.74 asks for gigabytes from a few crafted bytes otherwise (boostorg/serialization#331), and
 * a signing key can leak, so authentic bytes are treated as hostile too.
 */
class PayloadWriter
{
public:
    explicit PayloadWriter(const QByteArray &schema);
    ~PayloadWriter();

    void writeUInt(quint64 value);
    void writeInt(qint64 value);
    void writeDouble(double value);
    void writeBool(bool value);
    void writeString(const QString &value);
    void writeBytes(const QByteArray &value);
    void writeCount(quint64 count) { writeUInt(count); }
    /** Ends the archive and returns its bytes. */
    QByteArray finish();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

class PayloadReader
{
    Q_DECLARE_TR_FUNCTIONS(PayloadReader)

public:
    static constexpr int DefaultMaxStringBytes = 1 << 20;

    /** Fails (see error()) unless `bytes` is an archive whose schema tag equals `schema`. */
    PayloadReader(const QByteArray &bytes, const QByteArray &schema);
    /** The same for a reader of several versions of a kind: schema() then says which one this is. */
    PayloadReader(const QByteArray &bytes, const QList<QByteArray> &schemas);
    ~PayloadReader();

    /** The payload's schema tag, once the constructor has accepted it. */
    QByteArray schema() const { return m_schema; }

    quint64 readUInt();
    qint64 readInt();
    double readDouble();
    bool readBool();
    /**
     * A one-line text (name, id, label), with control and bidi override characters removed
     * (DisplaySafe::singleLine): payload text reaches terminals and the vault, and is hostile.
     */
    QString readString(int maxBytes = DefaultMaxStringBytes);
    /** A multi-line text (description, note): the same, keeping line feeds and tabs (DisplaySafe::multiLine). */
    QString readText(int maxBytes = DefaultMaxStringBytes);
    QByteArray readBytes(int maxBytes);
    /**
     * A count of elements to follow; fails if it is over `maximum`, or more than the bytes left could hold (two
     * bytes an element at the least), so a caller may reserve room for it.
     */
    quint64 readCount(quint64 maximum);
    /** Bytes not read yet. */
    qsizetype remainingBytes() const;
    /** Confirms the end marker was reached and nothing follows it. */
    Status finish();

    bool ok() const { return m_failed.isEmpty(); }
    Error error() const;

private:
    /** A length-prefixed string's bytes, in place in the payload (valid while the reader lives). */
    QByteArrayView readView(int maxBytes);
    /** The next string exactly as the payload holds it; fails on malformed UTF-8. */
    QString readRawString(int maxBytes);
    void fail(const QString &why);
    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_failed;
    qint64 m_size = 0;
    QByteArray m_schema;
};
