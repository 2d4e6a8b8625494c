// Reads content/search/best-bets.yaml at build time (Node only; the browser gets the compiled
// bets inside the search core, /search/core.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compileBestBets, type BestBet, type BestBetSource } from './best-bets.ts';
import type { SynonymGroup } from './synonyms.ts';

/** The best bets as written, from the repository's content/search/best-bets.yaml. */
export function readBestBets(root = process.cwd()): BestBetSource[] {
	return parse(readFileSync(join(root, 'content', 'search', 'best-bets.yaml'), 'utf8')) as BestBetSource[];
}

/** The best bets compiled for the index. */
export function loadBestBets(synonyms: readonly SynonymGroup[], root = process.cwd()): BestBet[] {
	return compileBestBets(readBestBets(root), synonyms);
}
