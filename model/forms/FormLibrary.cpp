#include "model/forms/FormLibrary.h"

#include <QDir>
#include <QFile>

Result<QVector<FormDefinition>> FormLibrary::builtIn()
{
    QVector<FormDefinition> forms;
    const QDir dir(QStringLiteral(":/forms"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Internal, tr("The built-in form %1 cannot be read.").arg(name)};
        auto form = FormDefinition::parse(file.readAll(), name);
        if (!form)
            return form.error();
        forms.append(std::move(form).value());
    }
    return forms;
}
