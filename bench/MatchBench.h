#pragma once

class QTextStream;
class Vault;

/**
 * Issue 4's figures: ESCO-sized taxonomy import, index build from a vault of 200,000 vacancies,
 * top-50 query times against a baseline that scores every vacancy (at 200,000 and 1,000,000), index
 * memory per vacancy, and matching quality (recall@10 and MRR) on synthetic and ESCO-based profiles; and for
 * issue 12 §4, text-only adverts against the same vacancies with a skills column (hit@10, precision@10) and
 * quality at ESCO's scale against a brute-force overlap scorer, on the real ESCO release and the built-in
 * taxonomy. WAYMARK_BENCH_MATCH_SECTIONS (import, excerpt, quality, text, esco-scale, speed) runs some only.
 * `vault` holds the 200,000 imported vacancies, or is null when the bundle benchmark was skipped.
 */
void benchMatching(QTextStream &out, Vault *vault);
