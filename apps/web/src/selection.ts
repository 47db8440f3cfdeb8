/** What the user clicked; the details panel looks the full record up in the store by this key. */
export type SelectionKind = 'post' | 'cache' | 'hazardZone' | 'incident' | 'desa';

export interface Selection {
  kind: SelectionKind;
  /** The feature id (UUID), or the Kemendagri code for a desa. */
  id: string;
}
