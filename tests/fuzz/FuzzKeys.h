#pragma once

#include "model/crypto/SigningKey.h"

#include <sodium.h>

/** The fuzzers' publisher key: fixed, so the seed corpus and the fuzz targets agree on it. */
inline SigningKey fuzzPublisherKey()
{
    Crypto::init();
    unsigned char seed[crypto_sign_SEEDBYTES] = {};
    for (unsigned i = 0; i < sizeof seed; ++i)
        seed[i] = static_cast<unsigned char>(i * 7 + 1);
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    SecureBytes secret(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(publicKey, secret.data(), seed);
    return SigningKey::fromSecret(std::move(secret));
}
