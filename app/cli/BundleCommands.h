#pragma once

#include <QCoreApplication>
#include <QString>

class CliContext;

/** waymark-cli key generate|export|fingerprint|rotate */
class KeyCommands
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommands)

public:
    static int run(CliContext &cli, const QString &action, const QString &argument);

private:
    static int generate(CliContext &cli);
    static int exportKey(CliContext &cli);
    static int fingerprint(CliContext &cli, const QString &path);
    static int rotate(CliContext &cli);
};

/** waymark-cli trust add|list|remove|rotate */
class TrustCommands
{
    Q_DECLARE_TR_FUNCTIONS(TrustCommands)

public:
    static int run(CliContext &cli, const QString &action, const QString &argument);

private:
    static int add(CliContext &cli, const QString &path);
    static int list(CliContext &cli);
    static int remove(CliContext &cli);
    static int rotate(CliContext &cli, const QString &path);
};

/** waymark-cli bundle build-vacancies|build-geodata|import|detach|quarantine */
class BundleCommands
{
    Q_DECLARE_TR_FUNCTIONS(BundleCommands)

public:
    static int run(CliContext &cli, const QString &action, const QString &argument);

private:
    static int buildVacancies(CliContext &cli);
    static int buildGeodata(CliContext &cli);
    static int buildTaxonomy(CliContext &cli);
    static int buildCourses(CliContext &cli);
    static int write(CliContext &cli, int kind, const QByteArray &payload);
    static int import(CliContext &cli, const QString &path);
    static int detach(CliContext &cli, const QString &path);
    static int quarantine(CliContext &cli);
};
