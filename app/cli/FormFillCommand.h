#pragma once

#include <QCoreApplication>

#include "Command.h"

/**
 * waymark-cli form fill --person ID --form NAME --answers FILE.json [--out FILE.pdf] [--language en|cy]
 * [--summary] [--finish]: prefills the form from the case, lays the given answers over it, checks the result and
 * writes the PDF (or the person's take-away summary); with --finish it also keeps them as a finished version signed
 * off by the vault's owner (FormStore), as the form editor's Finish button does. Runs under a QGuiApplication (see
 * main.cpp).
 */
class FormFillCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FormFillCommand)

public:
    static constexpr qint64 MaxAnswersBytes = 1 << 20;

    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};
