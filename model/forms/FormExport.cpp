#include "model/forms/FormExport.h"

#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"

#include <QRegularExpression>

QString FormExport::outsideVaultWarning()
{
    return tr("The PDF leaves the vault's encrypted store: anyone who can open the file can read it. Keep it "
              "only as long as it is needed, then delete it. If you save it, the audit log records that it was saved.");
}

QString FormExport::suggestedFileName(const QString &title, const QString &person, const QDate &day)
{
    QStringList parts{title};
    if (!person.isEmpty())
        parts.append(person);
    parts.append(day.toString(Qt::ISODate));
    QString name = parts.join(QStringLiteral(" - "));
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f\\x7f]"));
    name.replace(refused, QStringLiteral(" "));
    return name.simplified() + QStringLiteral(".pdf");
}

QString FormExport::detail(const QString &formId, int formVersion, int number, Kind kind)
{
    QString text = QStringLiteral("%1 v%2 ").arg(formId).arg(formVersion) +
                   (number > 0 ? QStringLiteral("#%1").arg(number) : QStringLiteral("draft"));
    if (kind == Kind::Summary)
        text += QStringLiteral(" summary");
    return text;
}

Status FormExport::recordPdfSaved(
    AuditLog &audit, const QString &personId, const QString &formId, int formVersion, int number, Kind kind)
{
    return audit.append(AuditAction::FormPdfSavedOutsideVault, personId, detail(formId, formVersion, number, kind));
}

Status FormExport::recordPrinted(
    AuditLog &audit, const QString &personId, const QString &formId, int formVersion, int number, Kind kind)
{
    return audit.append(AuditAction::FormPrinted, personId, detail(formId, formVersion, number, kind));
}
