import { redirect } from '@tanstack/react-router';
import type { Me, MeCan } from '@/lib/session';

/** beforeLoad helper: only users whose `me.can[key]` is true may open the route. */
export function requireCan(key: keyof MeCan) {
  return ({ context }: { context: { me: Me } }) => {
    if (!context.me.can[key]) throw redirect({ to: '/' });
  };
}
