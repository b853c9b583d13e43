import { api } from '@/lib/api-client';

export interface LoginInput {
  nip: string;
  password: string;
}

export interface LoginResult {
  ok: true;
  wajibGantiPassword: boolean;
}

export function login(input: LoginInput): Promise<LoginResult> {
  return api.post<LoginResult>('/auth/login', input);
}

export interface ChangePasswordInput {
  passwordLama: string;
  passwordBaru: string;
}

export function changePassword(input: ChangePasswordInput): Promise<void> {
  return api.post<void>('/auth/password', input);
}
