#pragma once

#include "model/core/Result.h"
#include "model/forms/FormDefinition.h"

#include <QCoreApplication>
#include <QVector>

/** The forms this build ships (resources/forms, compiled into the model library). */
class FormLibrary
{
    Q_DECLARE_TR_FUNCTIONS(FormLibrary)

public:
    /** Every built-in form, by id; a definition that does not parse is a build error, reported here. */
    static Result<QVector<FormDefinition>> builtIn();
};
