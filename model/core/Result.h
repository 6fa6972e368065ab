#pragma once

#include <QMap>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

/** What went wrong, for program logic. The message is for people and already translated. */
enum class ErrorCode
{
    WrongPassphrase,
    NotAVault,
    NewerVersion,
    VaultInUse,
    Damaged,
    DiskFull,
    Io,
    EncryptionMissing,
    Invalid,
    NotFound,
    NotAllowed,
    Internal,
    Cancelled,
    // Bundle import, in the order the checks run (docs/bundles.md).
    BundleTooLarge,
    BundleNotABundle,
    BundleTruncated,
    BundleUnsupportedVersion,
    BundleUnknownKind,
    BundleSignatureFormat,
    BundleUnknownSigner,
    BundleBadSignature,
    BundleExpired,
    BundleFromFuture,
    BundleAlreadyImported,
    BundleReplay,
    BundleWrongKind,
    BundleNotForThisDevice,
    BundleDecrypt,
    BundleLimits,
    BundlePayload,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    /** For ErrorCode::Invalid: a translated message per field name, to show beside each field. */
    QMap<QString, QString> fieldProblems = {};
};

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;
