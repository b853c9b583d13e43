import { Anchor, Button, type AnchorProps, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

type AnchorElementProps = AnchorProps & Omit<ComponentPropsWithRef<'a'>, keyof AnchorProps>;
type ButtonElementProps = ButtonProps & Omit<ComponentPropsWithRef<'a'>, keyof ButtonProps>;

function AnchorBase(props: AnchorElementProps) {
  return <Anchor component="a" {...props} />;
}

function ButtonBase(props: ButtonElementProps) {
  return <Button component="a" {...props} />;
}

/** Mantine Anchor / Button that navigate with the router (type-checked `to` and `params`). */
export const AnchorLink = createLink(AnchorBase);
export const ButtonLink = createLink(ButtonBase);
