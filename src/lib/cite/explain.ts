/** The reader's word for the authors' own inference: „(secinājums)". */
export const INFERENCE_LABEL = 'secinājums';

/** The explanation shown the first time „(secinājums)" appears on a page. */
export const INFERENCE_EXPLAINED = 'šeit un turpmāk — vietnes autoru secinājums, ko avoti tieši nesaka';

/** What a tap on „(secinājums)" shows. */
export const INFERENCE_DETAIL = 'Secinājums: vietnes autoru secinājums, ko avoti tieši nesaka.';
