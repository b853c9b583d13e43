type Lang = 'id' | 'en';

export const ENTITY_TYPES = ['unit_kerja', 'jabatan', 'pegawai', 'penugasan_plt', 'user_account'] as const;
export const ACTIONS = ['create', 'update', 'delete', 'login', 'logout', 'import', 'password', 'lock', 'unlock'] as const;

const ENTITY: Record<Lang, Record<string, string>> = {
  id: { unit_kerja: 'Unit kerja', jabatan: 'Jabatan', pegawai: 'Pegawai', penugasan_plt: 'Plt/Plh', user_account: 'Akun pengguna' },
  en: { unit_kerja: 'Work unit', jabatan: 'Position', pegawai: 'Employee', penugasan_plt: 'Plt/Plh', user_account: 'User account' },
};

const ACTION: Record<Lang, Record<string, string>> = {
  id: {
    create: 'Tambah',
    update: 'Ubah',
    delete: 'Hapus',
    login: 'Masuk',
    logout: 'Keluar',
    import: 'Impor',
    password: 'Kata sandi',
    lock: 'Kunci',
    unlock: 'Buka kunci',
  },
  en: {
    create: 'Create',
    update: 'Update',
    delete: 'Delete',
    login: 'Sign in',
    logout: 'Sign out',
    import: 'Import',
    password: 'Password',
    lock: 'Lock',
    unlock: 'Unlock',
  },
};

const lang = (l: string): Lang => (l === 'en' ? 'en' : 'id');
export const entityLabel = (l: string, v: string) => ENTITY[lang(l)][v] ?? v;
export const actionLabel = (l: string, v: string) => ACTION[lang(l)][v] ?? v;

export const ACTION_COLOR: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  import: 'violet',
  lock: 'red',
  unlock: 'teal',
  password: 'orange',
};
