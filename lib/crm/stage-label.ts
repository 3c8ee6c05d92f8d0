/** Lower case, single spaces, no accents, no HubSpot "(Pipeline)" suffix: how stage labels are compared. */
export function normalizeStageLabel(label: string): string {
  return label
    .replace(/\s*\([^()]*\)\s*$/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
