#include "model/session/MatchingContextLoader.h"

#include "model/vault/Database.h"
#include "model/vault/Vault.h"

#include <QPromise>
#include <QThreadPool>

MatchingContextLoader::MatchingContextLoader(Vault &vault, NormaliserSource normaliser, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_normaliser(std::move(normaliser))
{
    connect(&m_watcher, &QFutureWatcher<ContextResult>::finished, this, [this] {
        // Already taken by context() or dropped by stop(); or a late notice from a read that a newer one
        // replaced, while the newer one still runs.
        if (!m_pending || !m_watcher.isFinished())
            return;
        takeWorkerResult();
        Q_EMIT finished();
    });
}

MatchingContextLoader::~MatchingContextLoader()
{
    stop();
}

bool MatchingContextLoader::readyOrStart()
{
    if (m_result)
        return true;
    if (m_pending)
        return false;
    // The taxonomy comes from the window's normaliser, so it is read once and matching agrees with the
    // notes and suggestions; the worker reads only the vacancies.
    std::shared_ptr<const SkillNormaliser> normaliser = m_normaliser();
    auto connection = m_vault.openReadConnection();
    if (!normaliser || !connection) {
        // No taxonomy to match with (an error to show), or no second connection (a damaged file, or the
        // disk went away): read here, as before.
        readHere();
        return true;
    }
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelled = cancelled;
    m_pending = true;
    std::shared_ptr<Database> db(std::move(connection).value());
    // QPromise and the global pool are QtCore, which keeps the model free of Qt Concurrent.
    auto promise = std::make_shared<QPromise<ContextResult>>();
    promise->start();
    m_watcher.setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, db, normaliser, cancelled, today = QDate::currentDate()]() mutable {
        ContextResult result =
            MatchingContext::build(*db, normaliser, today, [&cancelled](qint64) { return !*cancelled; });
        db.reset(); // the connection closes on this thread, before the result is handed over
        promise->addResult(std::move(result));
        promise->finish();
    });
    return false;
}

MatchingContextLoader::ContextResult MatchingContextLoader::context()
{
    if (m_pending) {
        m_watcher.waitForFinished();
        takeWorkerResult();
    }
    if (!m_result)
        readHere();
    return *m_result;
}

void MatchingContextLoader::readHere()
{
    if (std::shared_ptr<const SkillNormaliser> normaliser = m_normaliser())
        m_result = MatchingContext::build(m_vault.database(), std::move(normaliser), QDate::currentDate());
    else
        m_result = ContextResult(Error{ErrorCode::Damaged, tr("The skills taxonomy could not be read.")});
}

void MatchingContextLoader::invalidate()
{
    stop();
    m_result.reset();
}

void MatchingContextLoader::stop()
{
    if (!m_pending)
        return;
    *m_cancelled = true;
    m_watcher.waitForFinished();
    m_pending = false; // a stopped read's result is never used
}

QString MatchingContextLoader::readingMessage()
{
    return tr("Reading the vacancies for matching. The first time after unlocking or an import this takes a "
              "moment.");
}

void MatchingContextLoader::takeWorkerResult()
{
    m_pending = false;
    m_result = m_watcher.result();
    // A read stopped part way says so; the next request reads again rather than keeping that answer.
    if (!*m_result && m_result->error().code == ErrorCode::Cancelled)
        m_result.reset();
}
