/** What the app shell mounts: the first-login tour (props: TurPengenalanProps). */
export { TurPengenalan, type TurPengenalanProps } from './components/tur-pengenalan';
export { TawaranTur } from './components/tawaran-tur';
