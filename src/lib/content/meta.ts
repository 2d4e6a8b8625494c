/** Date the content was last revised (shown on /par/); bump it with content changes. */
export const CONTENT_UPDATED = '2026-11-21';
