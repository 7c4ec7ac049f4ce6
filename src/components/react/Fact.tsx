/**
 * One fact in a description list: label, then value. The space and line break
 * between them matter: Pagefind indexes the text as built, and without them the
 * words of neighbouring facts run together ("60 and overCost").
 */
import type { ReactNode } from 'react';

export default function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return <><dt>{label}</dt>{' '}<dd>{children}</dd>{'\n'}</>;
}
