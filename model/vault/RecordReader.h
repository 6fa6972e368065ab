#pragma once

#include "model/core/Result.h"
#include "model/vault/Record.h"

#include <QString>
#include <QVector>

/**
 * Reading a person's records, and nothing else. RecordStore answers from the vault; the fairness check answers
 * from a changed copy held in memory (FairnessCheck), so matching and prefill run their own code on a
 * counterfactual person without anything being written.
 */
class RecordReader
{
public:
    virtual ~RecordReader() = default;

    virtual Result<Record> get(const QString &recordId) const = 0;
    /** The person's live records of one kind, oldest first. */
    virtual Result<QVector<Record>> list(const QString &personId, const QString &kind) const = 0;
    /** For kinds with one record per person: that record, or an empty one if none is stored yet. */
    virtual Result<Record> single(const QString &personId, const QString &kind) const = 0;
};
