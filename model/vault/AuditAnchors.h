#pragma once

#include "model/core/Result.h"
#include "model/vault/AuditLog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

class Database;

/** A head of another device's audit log, as one of its signed bundles or receipts carried it. */
struct AuditAnchor
{
    /** The device's key id (16 hex digits), as the devices list shows it. */
    QString deviceId;
    qint64 seq = 0;
    QByteArray hash;
    QString receivedAt;
};

/** What checking this vault's log against anchors another device kept found. */
struct AnchorCheck
{
    int anchorsChecked = 0;
    /** Each a whole translated sentence naming the entry; empty when every anchor is still in the chain. */
    QStringList problems;
};

/**
 * Anchors the audit chain outside the vault. Every caseload bundle and receipt carries its sender's audit head in
 * the signed part; the receiving vault keeps each head it has seen (table audit_anchors, schema 16). Someone with
 * a device's key can cut or rewrite that device's log and fix its head, but not the heads other devices already
 * hold: `waymark-cli audit anchors` exports them there (numbers and hashes, nothing about anyone), and
 * `audit verify --anchors FILE` on the device itself checks each is still in its chain.
 */
class AuditAnchors
{
    Q_DECLARE_TR_FUNCTIONS(AuditAnchors)

public:
    /** The anchors file's first line; the format is line-based text so an admin can read what leaves. */
    static constexpr const char *FileTag = "waymark-audit-anchors/1";
    static constexpr qsizetype MaxFileBytes = 16 * 1024 * 1024;

    /** Keeps `head` of `deviceId`'s log, inside the caller's transaction; the same head twice is kept once. */
    static Status keep(Database &db, const QString &deviceId, const AuditHead &head);
    /** Every anchor kept, for one device or (empty) all, oldest first. */
    static Result<QVector<AuditAnchor>> held(Database &db, const QString &deviceId = {});

    static QByteArray toFile(const QVector<AuditAnchor> &anchors);
    /** Reads an anchors file strictly (it comes from another device): any malformed line refuses the whole file. */
    static Result<QVector<AuditAnchor>> parseFile(const QByteArray &bytes);
    /**
     * Checks each anchor of `deviceId` (this vault's own key id) against this vault's chain: an anchored entry
     * that is gone means the tail was cut; one with another link means it was rewritten.
     */
    static Result<AnchorCheck> check(Database &db, const QString &deviceId, const QVector<AuditAnchor> &anchors);
};
