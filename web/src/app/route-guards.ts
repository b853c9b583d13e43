import { redirect } from '@tanstack/react-router';
import type { Me, MeCan } from '@/lib/session';

/** beforeLoad helper: only users whose `me.can[key]` is true may open the route. */
export function requireCan(key: keyof MeCan) {
  return ({ context }: { context: { me: Me } }) => {
    if (!context.me.can[key]) throw redirect({ to: '/' });
  };
}

/** beforeLoad helper: only users holding one of `roles` may open the route. */
export function requireRole(...roles: string[]) {
  return ({ context }: { context: { me: Me } }) => {
    if (!context.me.roles.some((r) => roles.includes(r))) throw redirect({ to: '/' });
  };
}
