/**
 * What a sign of danger is about. The support note is the same for all but `own-violence` (the
 * person's own violence, whose note points to help to stop); the kinds name the watch's patterns and
 * the evaluation set's categories.
 */
export type DangerKind =
  | 'violence'
  | 'strangulation'
  | 'threat'
  | 'coercion'
  | 'stalking'
  | 'sexual'
  | 'abuse'
  | 'fear'
  | 'self-harm'
  | 'suicide';
