import type { ChangePasswordBody, LoginBody, LoginResult } from '@capaian/contract/auth';
import { api } from '@/lib/api-client';

export function login(input: LoginBody): Promise<LoginResult> {
  return api.post<LoginResult>('/auth/login', input);
}

export function changePassword(input: ChangePasswordBody): Promise<void> {
  return api.post<void>('/auth/password', input);
}
