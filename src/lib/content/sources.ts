/**
 * Moved to src/lib/cite/documents.ts. This re-export stays only so pages being rewritten on
 * other branches (src/pages/resursi/, issue 16) keep building; import from lib/cite instead.
 */
export { SOURCE_DOCUMENTS, SOURCE_CODES, type SourceCode as SourceDocument } from '../cite/documents.ts';
