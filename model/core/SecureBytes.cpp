#include "model/core/SecureBytes.h"

#include <cstring>
#include <new>
#include <sodium.h>

bool Crypto::init()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray Crypto::randomBytes(int size)
{
    init();
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<std::size_t>(size));
    return bytes;
}

QString Crypto::randomId()
{
    return QString::fromLatin1(randomBytes(16).toHex());
}

QByteArray Crypto::hash(const QByteArray &data, int outputLength)
{
    init();
    QByteArray out(outputLength, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()),
                       static_cast<std::size_t>(outputLength),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<unsigned long long>(data.size()),
                       nullptr,
                       0);
    return out;
}

SecureBytes::SecureBytes(std::size_t size)
{
    Crypto::init();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
    m_size = size;
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(other.m_data)
    , m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

SecureBytes SecureBytes::takeFrom(QByteArray &plain)
{
    SecureBytes bytes(static_cast<std::size_t>(plain.size()));
    if (!plain.isEmpty()) {
        std::memcpy(bytes.data(), plain.constData(), bytes.size());
        sodium_memzero(plain.data(), static_cast<std::size_t>(plain.size()));
    }
    plain.clear();
    return bytes;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

SecureBytes SecureBytes::clone() const
{
    SecureBytes copy(m_size);
    if (m_size)
        std::memcpy(copy.data(), m_data, m_size);
    return copy;
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecureBytes::clear()
{
    if (m_data)
        sodium_free(m_data); // sodium_free wipes before releasing
    m_data = nullptr;
    m_size = 0;
}
