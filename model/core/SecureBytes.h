#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

/**
 * Bytes held in libsodium secure memory: locked out of swap, guarded by canary pages,
 * and wiped when freed. Keys and passphrases live here and nowhere else.
 */
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;

    /** Copies the bytes of `plain` in, then overwrites `plain` so only the secure copy remains. */
    static SecureBytes takeFrom(QByteArray &plain);
    static SecureBytes random(std::size_t size);
    SecureBytes clone() const;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool equals(const SecureBytes &other) const;

    /** Wipes and releases the memory now; the object is empty afterwards. */
    void clear();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

namespace Crypto
{
    /** Initialises libsodium once; safe to call from anywhere, any number of times. */
    bool init();
    QByteArray randomBytes(int size);
    /** A random identifier: 16 random bytes as 32 lower-case hex digits. */
    QString randomId();
    /** BLAKE2b with the given output length. */
    QByteArray hash(const QByteArray &data, int outputLength = 32);
} // namespace Crypto
