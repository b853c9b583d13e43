/**
 * The help content (issue 14): one source for the /bantuan pages, the "?" of every page, the
 * first-login tour and the printable guide per role. Written for a civil servant: short steps in
 * the words of PermenPANRB 6/2022 and the menus of the app. Tenant-neutral: no pemda's data here.
 *
 * A section lists the web routes it explains (`rute`, as web/src/app/router.tsx spells them) and
 * the screenshots the browser tests take (`gambar`, in docs/screenshots); tests check both exist.
 * Text stays within Latin-1 (the PDF's built-in fonts).
 */
import { KontenBantuan, type KontenBantuanMasukan } from '@capaian/contract/bantuan';

const ISI: KontenBantuanMasukan = {
  bagian: [
    // --- Everyone ---------------------------------------------------------------------------------
    {
      id: 'masuk-dan-beranda',
      judul: 'Masuk dan beranda',
      ringkas: 'Masuk dengan NIP dan kata sandi. Beranda menampilkan apa yang perlu Anda kerjakan hari ini.',
      langkah: [
        'Buka alamat Capaian pemda Anda di peramban (komputer atau ponsel).',
        'Isi NIP 18 digit dan kata sandi, lalu tekan Masuk.',
        'Bila diminta, ganti kata sandi sementara dengan kata sandi baru milik Anda sendiri.',
        'Beranda menampilkan progres bulan ini terhadap rencana aksi, tenggat yang menunggu, umpan balik baru dan hasil penilaian terakhir. Tekan Catat progres untuk mencatat pekerjaan hari ini.',
        'Menu di sisi kiri dikelompokkan menurut tahap: Perencanaan, Pelaksanaan, Penilaian, Tindak lanjut. Di ponsel, Beranda, Progres, SKP dan Penilaian ada di bawah layar; menu lengkap lewat tombol di kiri atas.',
        'Tekan tanda ? di judul halaman mana pun untuk membuka bantuan halaman itu.',
      ],
      catatan: ['Jangan berikan kata sandi kepada siapa pun, termasuk atasan atau operator.', 'Capaian dapat dipasang di ponsel seperti aplikasi (Tambahkan ke layar utama).'],
      rute: ['/', '/ganti-kata-sandi', '/profil'],
      gambar: [
        { nama: 'beranda-pegawai-ponsel.png', keterangan: 'Beranda pegawai di ponsel' },
        { nama: 'login.png', keterangan: 'Halaman masuk' },
      ],
    },
    {
      id: 'skp-menyusun',
      judul: 'Menyusun SKP',
      ringkas:
        'SKP (Sasaran Kinerja Pegawai) disusun setiap tahun bersama pejabat penilai: Rencana Hasil Kerja (RHK) dengan indikatornya dan perilaku kerja BerAKHLAK.',
      langkah: [
        'Buka menu SKP Saya, pilih tahun, lalu tekan Mulai SKP.',
        'Tekan Tambah RHK: tulis hasil kerja yang akan Anda capai, pilih Utama atau Tambahan.',
        'Pilih RHK atasan yang diintervensi (hasil kerja atasan yang Anda dukung). Boleh dikosongkan bila SKP atasan belum ada.',
        'Isi indikator kinerja individu (IKI) per aspek kuantitas, kualitas dan waktu, lengkap dengan target dan satuannya.',
        'Periksa perilaku kerja BerAKHLAK dan ekspektasi khusus pimpinan.',
        'Tekan Ajukan. SKP dikirim ke pejabat penilai; bila dikembalikan, perbaiki sesuai catatan lalu ajukan lagi.',
        'Setelah disetujui, unduh Formulir SKP (PDF) bila perlu dicetak. Kode QR di formulir membuktikan keasliannya.',
      ],
      catatan: [
        'Batas penyusunan SKP biasanya akhir Januari (diatur pemda). Bila belum disusun, pengelola kinerja dapat menetapkannya.',
        'SKP yang sudah disetujui dapat direvisi di tengah tahun (misalnya karena mutasi); versi lama tetap tersimpan.',
      ],
      rute: ['/skp', '/skp/$id', '/skp/$id/matriks'],
      gambar: [{ nama: 'skp-editor.png', keterangan: 'Penyusunan SKP: RHK dan indikator' }],
    },
    {
      id: 'progres-mencatat',
      judul: 'Mencatat progres (realisasi) dan bukti dukung',
      ringkas: 'Catat pekerjaan Anda sesering mungkin (harian), terhubung ke rencana aksi atau indikator SKP, dengan bukti dukung.',
      langkah: [
        'Tekan Catat progres di Beranda atau buka menu Progres Saya.',
        'Pilih tanggal dan rencana aksi / indikator yang didukung kegiatan itu.',
        'Tulis uraian kegiatan dan, bila dihitung, jumlah realisasinya.',
        'Tambahkan bukti dukung: ambil foto, pilih berkas (PDF, dokumen) atau tempel tautan.',
        'Tekan Simpan. Tanpa sinyal pun bisa: entri disimpan di ponsel dan dikirim otomatis saat koneksi kembali.',
        'Banyak kegiatan sekaligus? Gunakan Impor progres (XLSX): unduh templat, isi, lalu unggah.',
      ],
      catatan: ['Atasan melihat progres Anda saat itu juga dan dapat memberi umpan balik pada setiap entri.'],
      rute: ['/progres', '/progres/impor', '/realisasi', '/realisasi/$id'],
      gambar: [
        { nama: 'progres-ponsel.png', keterangan: 'Mencatat progres di ponsel' },
        { nama: 'progres-offline.png', keterangan: 'Entri yang menunggu koneksi' },
      ],
    },
    {
      id: 'umpan-balik',
      judul: 'Umpan balik berkelanjutan',
      ringkas: 'Pejabat penilai memberi umpan balik atas progres dan perilaku kerja sepanjang tahun; Anda dapat membalasnya.',
      langkah: [
        'Buka menu Umpan Balik untuk melihat semua umpan balik yang Anda terima.',
        'Baca umpan balik pada entri progres atau perilaku BerAKHLAK yang dimaksud.',
        'Tekan Balas untuk menjawab atau menjelaskan.',
        'Pejabat penilai: buka progres bawahan di Papan Tim, lalu tulis umpan balik pada entri atau perilakunya.',
      ],
      catatan: ['Umpan balik menjadi dasar penilaian perilaku kerja di akhir periode.'],
      rute: ['/umpan-balik', '/umpan-balik/pegawai/$pegawaiId'],
    },
    {
      id: 'bimbingan',
      judul: 'Bimbingan dan dialog kinerja',
      ringkas: 'Sesi coaching, mentoring atau konseling antara pejabat penilai dan pegawai, dengan catatan dan tindak lanjut.',
      langkah: [
        'Pejabat penilai membuka menu Bimbingan lalu menjadwalkan sesi dengan pegawai.',
        'Setelah sesi, pejabat penilai menulis catatan dan tindak lanjut yang disepakati.',
        'Pegawai mengisi lembar umpan balik bimbingan; pejabat penilai mengisi evaluasi kompetensi bila diperlukan.',
        'Cetak lembar resmi bimbingan dari halaman sesi bila diperlukan.',
      ],
      rute: ['/bimbingan', '/bimbingan/$id'],
    },
    {
      id: 'penilaian-hasil',
      judul: 'Melihat hasil penilaian dan predikat',
      ringkas:
        'Di akhir periode, pejabat penilai memberi rating hasil kerja dan rating perilaku kerja. Keduanya menentukan predikat kinerja Anda.',
      langkah: [
        'Buka menu Penilaian untuk melihat periode dan hasil Anda.',
        'Buka evaluasi: lihat realisasi per RHK, umpan balik, rating hasil kerja, rating perilaku dan predikat.',
        'Tekan Terima bila Anda menerima hasilnya, atau ajukan keberatan dalam batas waktunya.',
        'Unduh Evaluasi Kinerja Pegawai (PDF) bila perlu dicetak; kode QR-nya dapat diperiksa siapa pun.',
      ],
      catatan: [
        'Predikat: Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang (PermenPANRB 6/2022).',
        'Perilaku kerja di bawah ekspektasi membatasi predikat paling tinggi Kurang/Misconduct.',
      ],
      rute: ['/penilaian', '/penilaian/evaluasi/$id'],
      gambar: [{ nama: 'verifikasi-evaluasi.png', keterangan: 'Pemeriksaan keaslian evaluasi lewat kode QR' }],
    },
    {
      id: 'keberatan',
      judul: 'Mengajukan dan memutus keberatan',
      ringkas: 'Pegawai yang tidak setuju dengan hasil penilaian dapat mengajukan keberatan kepada atasan pejabat penilai.',
      langkah: [
        'Pegawai: buka menu Keberatan, tekan Ajukan keberatan, pilih evaluasinya dan tulis alasan Anda.',
        'Ajukan dalam batas waktu (biasanya 14 hari sejak hasil diterima, diatur pemda).',
        'Atasan pejabat penilai: buka keberatan, minta penjelasan dari pegawai dan pejabat penilai bila perlu.',
        'Atasan pejabat penilai memutuskan: hasil dipertahankan atau diubah, dengan alasannya. Keputusan ini final.',
      ],
      rute: ['/keberatan', '/keberatan/baru', '/keberatan/$id'],
    },
    {
      id: 'tindak-lanjut-saya',
      judul: 'Tindak lanjut: pengembangan, pembinaan dan penghargaan',
      ringkas: 'Satu halaman berisi penghargaan, pembinaan yang berjalan, rencana pengembangan kompetensi dan jam pelajaran (JP) Anda.',
      langkah: [
        'Buka menu Tindak Lanjut Saya.',
        'Di Pengembangan Kompetensi, lihat kebutuhan dari hasil kinerja Anda dan saran pelatihan dari katalog.',
        'Susun rencana pengembangan tahun ini lalu ajukan kepada pejabat penilai untuk disepakati.',
        'Setelah pelatihan, catat pelatihannya dan unggah sertifikat; JP dihitung setelah sertifikat diperiksa.',
        'Bila ada rencana perbaikan kinerja (pembinaan), baca dan akui rencananya, lalu ikuti pertemuan lanjutannya.',
      ],
      catatan: ['Setiap PNS berhak atas pengembangan kompetensi paling sedikit 20 JP setahun (target diatur pemda).'],
      rute: ['/tindak-lanjut-saya', '/pengembangan', '/pembinaan', '/pembinaan/$id'],
      gambar: [
        { nama: 'pengembangan-rencana-diajukan.png', keterangan: 'Rencana pengembangan yang diajukan' },
        { nama: 'rencana-perbaikan-ponsel.png', keterangan: 'Rencana perbaikan kinerja di ponsel' },
      ],
    },
    {
      id: 'tpp-dan-angka-kredit',
      judul: 'TPP dan angka kredit saya',
      ringkas: 'Lihat rincian Tambahan Penghasilan Pegawai (TPP) per bulan dan, bagi pejabat fungsional, buku angka kredit.',
      langkah: [
        'Buka menu TPP Saya dan pilih bulan: lihat bagian kinerja, bagian disiplin dan setiap potongan beserta harinya.',
        'Pejabat fungsional: buka menu Angka Kredit untuk melihat angka kredit dari setiap predikat dan kebutuhan kenaikan pangkat atau jenjang.',
        'PAK yang ditetapkan BKPSDM dapat diunduh sebagai PDF dengan kode QR.',
      ],
      rute: ['/tpp/saya', '/angka-kredit'],
      gambar: [
        { nama: 'tpp-saya-ponsel.png', keterangan: 'Rincian TPP di ponsel' },
        { nama: 'angka-kredit-buku.png', keterangan: 'Buku angka kredit' },
      ],
    },
    {
      id: 'umpan-balik-360',
      judul: 'Umpan balik 360 derajat',
      ringkas: 'Rekan kerja, atasan dan bawahan menilai perilaku BerAKHLAK secara anonim sebagai masukan penilaian perilaku.',
      langkah: [
        'Buka menu Umpan Balik 360° lalu usulkan pemberi umpan balik.',
        'Pejabat penilai menyetujui atau menolak usulan.',
        'Bila Anda diminta menjadi pemberi umpan balik, isi kuesioner BerAKHLAK. Jawaban Anda tidak menyimpan nama Anda.',
      ],
      rute: ['/360', '/360/kuesioner/$id'],
    },
    {
      id: 'kehadiran',
      judul: 'Kehadiran dan disiplin',
      ringkas: 'Ringkasan kehadiran bulanan (terlambat, pulang cepat, tidak hadir) dari data presensi yang diimpor.',
      langkah: [
        'Buka menu Kehadiran dan pilih bulan.',
        'Pejabat penilai: buka Kehadiran Tim untuk melihat ringkasan bawahan.',
        'Pengelola kinerja: impor data presensi dari mesin absensi lewat Impor Kehadiran (CSV/XLSX).',
      ],
      rute: ['/kehadiran', '/kehadiran/tim', '/kehadiran/impor'],
    },
    {
      id: 'verifikasi-dokumen',
      judul: 'Memeriksa keaslian dokumen cetak',
      ringkas: 'Setiap dokumen cetak Capaian (Formulir SKP, evaluasi, PAK, piagam) memiliki kode QR yang dapat dipindai siapa pun.',
      langkah: [
        'Pindai kode QR di dokumen dengan kamera ponsel.',
        'Halaman verifikasi menampilkan isi dokumen yang tercatat di Capaian.',
        'Cocokkan nama, NIP, periode dan kode verifikasi dengan dokumen di tangan Anda.',
      ],
      rute: ['/verifikasi/$jenis/$id'],
      gambar: [{ nama: 'verifikasi.png', keterangan: 'Hasil pemindaian kode QR Formulir SKP' }],
    },

    // --- Pejabat penilai ------------------------------------------------------------------------
    {
      id: 'skp-tim',
      judul: 'Menyetujui SKP bawahan',
      ringkas: 'Pejabat penilai menyusun SKP bersama bawahan melalui dialog: mengusulkan RHK, memeriksa, lalu menyetujui atau mengembalikan.',
      langkah: [
        'Buka menu SKP Tim untuk melihat status SKP setiap bawahan.',
        'Isi Ekspektasi tim: ekspektasi khusus pimpinan untuk setiap nilai BerAKHLAK, lalu terapkan ke SKP tim.',
        'Buka SKP yang diajukan. Periksa RHK, hubungan ke RHK Anda yang diintervensi, indikator dan targetnya.',
        'Tekan Setujui, atau Kembalikan dengan catatan yang jelas.',
        'Gunakan Matriks peran hasil untuk melihat RHK Anda yang belum ada pelaksananya.',
      ],
      rute: ['/skp/tim'],
    },
    {
      id: 'papan-tim',
      judul: 'Memantau tim (Papan Tim)',
      ringkas: 'Target dan realisasi setiap indikator bawahan, siapa yang belum melapor dan apa yang tertinggal, diperbarui langsung.',
      langkah: [
        'Buka menu Papan Tim.',
        'Lihat siapa yang belum mencatat progres dan indikator yang tertinggal dari rencana.',
        'Buka nama pegawai untuk melihat progres dan bukti dukungnya, lalu beri umpan balik.',
        'Jadwalkan bimbingan bila ada yang perlu dibantu.',
      ],
      rute: ['/pemantauan', '/pemantauan/pegawai/$pegawaiId'],
      gambar: [{ nama: 'papan-tim.png', keterangan: 'Papan Tim pejabat penilai' }],
    },
    {
      id: 'menilai',
      judul: 'Menilai bawahan',
      ringkas:
        'Pada periode penilaian, pejabat penilai memberi rating hasil kerja dan rating perilaku kerja; Capaian menghitung predikat dan memeriksa kurva distribusi unit.',
      langkah: [
        'Buka menu Penilaian Tim dan pilih periode.',
        'Buka evaluasi bawahan: bandingkan realisasi dengan target dan bukti dukung per RHK.',
        'Isi umpan balik per RHK dan per perilaku, lalu pilih rating hasil kerja dan rating perilaku kerja (Di Atas, Sesuai, Di Bawah Ekspektasi).',
        'Perhatikan kurva distribusi unit: Capaian menunjukkan aturan yang dilanggar dan berapa orang.',
        'Simpan. Setelah semua dinilai, unit difinalisasi; pegawai menerima hasilnya.',
        'Untuk predikat Butuh Perbaikan atau lebih rendah, susun rencana perbaikan kinerja bersama pegawai (menu Pembinaan).',
      ],
      catatan: ['Kurva distribusi mengikuti capaian kinerja organisasi unit (SE MenPANRB 3/2023); pengecualian hanya dengan alasan tertulis dan tercatat di audit.'],
      rute: ['/penilaian/tim', '/penilaian/evaluasi/$id/nilai'],
      gambar: [{ nama: 'penilaian.png', keterangan: 'Penilaian dengan kurva distribusi' }],
    },

    // --- Pimpinan -------------------------------------------------------------------------------
    {
      id: 'perjanjian-kinerja',
      judul: 'Perjanjian Kinerja unit',
      ringkas: 'Sasaran, indikator dan target unit untuk setahun. Pimpinan unit dan JPT mengambil RHK dari Perjanjian Kinerja.',
      langkah: [
        'Buka menu Perjanjian Kinerja, pilih unit dan tahun.',
        'Tambahkan sasaran, indikator dan target unit.',
        'Di SKP Anda, hubungkan setiap RHK dengan sasaran Perjanjian Kinerja unit yang Anda pimpin.',
      ],
      rute: ['/perjanjian-kinerja'],
    },
    {
      id: 'pemantauan-unit',
      judul: 'Pemantauan unit',
      ringkas: 'Rekap capaian per unit dan perangkat daerah untuk pimpinan: siapa tertinggal, unit mana yang perlu perhatian.',
      langkah: ['Buka menu Pemantauan Unit.', 'Pilih perangkat daerah atau unit.', 'Buka unit untuk melihat rincian per pegawai.'],
      rute: ['/pemantauan/unit'],
    },
    {
      id: 'beranda-pimpinan',
      judul: 'Beranda pejabat penilai dan pimpinan',
      ringkas:
        'Beranda menjawab "apa yang perlu saya tangani sekarang": untuk pejabat penilai tim yang dinilainya, untuk kepala perangkat daerah dan sekretaris daerah organisasinya. Setiap angka membuka daftar pegawai di baliknya.',
      langkah: [
        'Di Beranda, pilih tampilan Tim saya atau Organisasi di bagian atas.',
        'Tim saya: SKP yang menunggu persetujuan Anda, bawahan yang belum melapor bulan ini, progres yang menunggu umpan balik, dan penilaian yang jatuh tempo.',
        'Organisasi: SKP disetujui, pegawai yang sudah melapor dan trennya per bulan, sebaran predikat per unit, kepuasan masyarakat per titik layanan, dan unit yang perlu perhatian.',
        'Tekan sebuah angka untuk membuka daftar pegawainya; dari daftar, tekan nama untuk membuka SKP, progres atau hasil penilaiannya.',
        'Tekan nama unit untuk melihat unit di bawahnya.',
      ],
      catatan: ['Angka organisasi diperbarui paling lambat setiap menit; daftar di baliknya selalu terkini.'],
      rute: ['/beranda/daftar'],
      gambar: [
        { nama: 'beranda-kepala-dinas.png', keterangan: 'Beranda kepala dinas' },
        { nama: 'beranda-pejabat-penilai.png', keterangan: 'Beranda pejabat penilai' },
      ],
    },
    {
      id: 'analitik-penilai',
      judul: 'Analitik penilai',
      ringkas:
        'Membandingkan penilaian setiap pejabat penilai dengan pemda dan dengan capaian organisasi unitnya, agar penilaian adil: cenderung murah, cenderung pelit, efek halo, dan keberatan yang dikabulkan.',
      langkah: [
        'Buka menu Analitik Penilai (pejabat penilai melihat penilaiannya sendiri; BKPSDM, pimpinan dan tim penilai melihat semua).',
        'Bandingkan sebaran predikat dan rata-rata skor (Sangat Baik 5 sampai Sangat Kurang 1) dengan rata-rata pemda.',
        'Baca catatan: murah atau pelit bila rata-rata berbeda 0,5 atau lebih dari pemda dan tidak dijelaskan oleh capaian organisasi unit; halo bila rating hasil kerja dan perilaku hampir selalu sama.',
        'Gunakan angka di balik setiap catatan sebagai bahan pembinaan penilai, bukan sebagai hukuman.',
      ],
      catatan: ['Penilai dengan kurang dari 5 penilaian tidak diberi catatan.'],
      rute: ['/analitik-penilai'],
    },
    {
      id: 'pusat-kendali',
      judul: 'Pusat kendali BKPSDM',
      ringkas: 'Satu layar untuk seluruh siklus kinerja pemda: tahap dan tenggat berikutnya, kemajuan per perangkat daerah dan per pejabat penilai, register keberatan, dan pengingat.',
      langkah: [
        'Buka Beranda (tampilan Pusat kendali) atau menu Pusat Kendali.',
        'Lihat tahap siklus dan tenggat berikutnya di bagian atas.',
        'Tab Per perangkat daerah: SKP disetujui dan penilaian selesai; tekan angka untuk daftar pegawainya.',
        'Tab Per pejabat penilai: siapa yang paling banyak belum menyetujui SKP atau belum menilai.',
        'Tab Register keberatan: semua keberatan pemda dengan tenggat putusannya.',
        'Tekan Ingatkan semua yang terlambat: pegawai yang SKP-nya belum disetujui melewati batas dan pejabat penilai yang penilaiannya melewati batas menerima pengingat (paling banyak sekali sehari).',
        'Tekan Capaian organisasi pada baris perangkat daerah untuk menetapkan capaian kinerja organisasi semua unitnya di satu layar; unit induk ditampilkan agar dua unit bernama sama tidak tertukar.',
      ],
      rute: ['/pusat-kendali', '/pusat-kendali/capaian'],
      gambar: [
        { nama: 'beranda-bkpsdm.png', keterangan: 'Pusat kendali BKPSDM' },
        { nama: 'capaian-massal.png', keterangan: 'Capaian organisasi seluruh unit satu perangkat daerah' },
      ],
    },
    {
      id: 'capaian-organisasi',
      judul: 'Menetapkan capaian kinerja organisasi',
      ringkas:
        'Langkah pertama penilaian: pimpinan satu tingkat di atas menetapkan capaian kinerja organisasi unit (Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang). Nilai ini menentukan kurva distribusi.',
      langkah: [
        'Buka menu Penilaian, pilih periode lalu unit yang Anda pimpin atau unit di bawahnya.',
        'Pilih capaian kinerja organisasi dan tulis dasarnya.',
        'Simpan. Kurva distribusi unit menyesuaikan; dokumen Penetapan Predikat Kinerja Organisasi dapat dicetak.',
        'Setelah penilaian unit lengkap dan kurva terpenuhi, finalisasi unit.',
      ],
      rute: ['/penilaian/capaian/$periodeId/$unitId'],
    },
    {
      id: 'peringkat-dan-laporan',
      judul: 'Peringkat dan laporan kinerja tahunan',
      ringkas: 'Pemeringkatan hasil akhir per unit, perangkat daerah dan pemda, dan laporan tahunan dibanding tahun lalu.',
      langkah: [
        'Buka menu Peringkat Kinerja, pilih periode dan cakupan; unduh XLSX bila perlu.',
        'Buka Laporan Kinerja Tahunan untuk ringkasan predikat dibanding tahun lalu (PDF, XLSX).',
      ],
      rute: ['/tindak-lanjut/peringkat', '/tindak-lanjut/laporan'],
    },
    {
      id: 'peta-talenta',
      judul: 'Peta talenta (nine-box)',
      ringkas: 'Kinerja dua tahun terakhir dibanding potensi terbaru, per tingkat jabatan dan perangkat daerah, untuk keputusan karier.',
      langkah: [
        'Buka menu Peta Talenta, pilih jenis jabatan dan perangkat daerah.',
        'Buka kotak untuk melihat pegawai di dalamnya.',
        'Untuk jabatan kosong, lihat calon dari kelompok satu tingkat di bawahnya.',
      ],
      rute: ['/talenta'],
    },

    // --- Pengelola kinerja ------------------------------------------------------------------------
    {
      id: 'skp-monitoring',
      judul: 'Monitoring SKP',
      ringkas: 'Jumlah SKP per status di setiap perangkat daerah dan unit, pengingat kepada yang belum menyusun, dan ekspor XLSX.',
      langkah: [
        'Buka menu Monitoring SKP dan pilih tahun.',
        'Lihat unit yang SKP-nya belum diajukan atau belum disetujui.',
        'Kirim pengingat kepada pegawai dan pejabat penilai yang tertinggal.',
        'Bila tenggat terlewati, tetapkan SKP pegawai sebagai pengelola kinerja.',
      ],
      rute: ['/skp/monitoring'],
    },
    {
      id: 'skp-templat',
      judul: 'Templat SKP per jabatan',
      ringkas: 'RHK dan indikator baku untuk suatu jabatan, diterapkan ke semua pemegangnya sekaligus.',
      langkah: ['Buka menu Templat SKP lalu tambah templat.', 'Pilih jabatan, isi RHK dan indikatornya.', 'Tekan Terapkan dan pilih tahun.'],
      rute: ['/skp/templat'],
    },
    {
      id: 'layanan-publik',
      judul: 'Umpan balik layanan publik',
      ringkas: 'Titik layanan dengan poster kode QR; masyarakat memberi umpan balik tanpa akun.',
      langkah: [
        'Buka menu Layanan Publik lalu tambah titik layanan.',
        'Cetak poster kode QR dan pasang di tempat layanan.',
        'Pantau tren umpan balik masyarakat per bulan.',
      ],
      rute: ['/layanan-publik', '/layanan-publik/tren', '/l/$kode'],
      gambar: [{ nama: 'layanan-publik-ponsel.png', keterangan: 'Formulir umpan balik masyarakat di ponsel' }],
    },

    // --- Admin BKPSDM ----------------------------------------------------------------------------------
    {
      id: 'periode-penilaian',
      judul: 'Periode penilaian',
      ringkas: 'BKPSDM membuka periode penilaian (bulanan, triwulanan, semesteran, tahunan), memantau, memfinalisasi dan menutupnya.',
      langkah: [
        'Buka menu Periode Penilaian lalu buat periode baru.',
        'Pantau kemajuan penilaian per unit.',
        'Finalisasi unit yang lengkap, atau finalisasi massal seluruh pemda.',
        'Tutup periode setelah masa keberatan selesai.',
      ],
      rute: ['/penilaian/periode', '/penilaian/periode/$id'],
    },
    {
      id: 'pengaturan-aturan',
      judul: 'Pengaturan aturan penilaian',
      ringkas: 'Ambang kurva distribusi, batas waktu keberatan, tenggat SKP dan aturan lain pemda, tersimpan sebagai versi.',
      langkah: [
        'Buka menu Pengaturan.',
        'Ubah nilai yang diperlukan dan tentukan tanggal mulai berlakunya.',
        'Simpan. Versi lama tetap tercatat.',
      ],
      rute: ['/pengaturan'],
    },
    {
      id: 'ekspor-siasn',
      judul: 'Ekspor ke SIASN',
      ringkas: 'Berkas hasil penilaian dalam format SIASN BKN (skp22 tahunan, kinerjaperiodik).',
      langkah: [
        'Buka menu Ekspor SIASN dan pilih periode.',
        'Perbaiki setiap masalah yang ditampilkan per pegawai (NIP, golongan, evaluasi belum final).',
        'Setelah valid, unduh berkasnya dan unggah ke SIASN.',
      ],
      rute: ['/siasn'],
    },
    {
      id: 'penghargaan',
      judul: 'Penghargaan',
      ringkas: 'Ronde penghargaan: usulan calon, keputusan dan piagam yang dapat diverifikasi dengan kode QR.',
      langkah: ['Buka menu Penghargaan dan buat ronde.', 'Tambahkan calon dari hasil akhir.', 'Putuskan ronde dengan nomor dan tanggal keputusan, lalu cetak piagam.'],
      rute: ['/penghargaan', '/penghargaan/ronde/$id'],
      gambar: [{ nama: 'piagam-verifikasi-ponsel.png', keterangan: 'Verifikasi piagam di ponsel' }],
    },
    {
      id: 'tpp-pemda',
      judul: 'Perhitungan TPP',
      ringkas: 'Skema TPP pemda (Perkada) dan perhitungan bulanan dari hasil kinerja dan kehadiran.',
      langkah: [
        'Buka menu TPP Pemda; periksa skema TPP yang berlaku.',
        'Buat perhitungan bulan berjalan. Capaian mencantumkan siapa yang belum dapat dihitung dan alasannya.',
        'Periksa lalu setujui. Perhitungan yang disetujui terkunci; koreksi dibuat sebagai versi baru.',
        'Bendahara setiap perangkat daerah mengunduh daftarnya.',
      ],
      rute: ['/tpp', '/tpp/run/$id'],
      gambar: [{ nama: 'tpp-run-disetujui.png', keterangan: 'Perhitungan TPP yang disetujui' }],
    },
    {
      id: 'angka-kredit-kelola',
      judul: 'Angka kredit dan PAK',
      ringkas: 'Buku angka kredit pejabat fungsional: saldo awal, konversi predikat, kelayakan kenaikan dan penetapan PAK.',
      langkah: [
        'Impor atau catat saldo awal dari PAK terakhir.',
        'Buka Kelayakan Angka Kredit untuk melihat siapa yang mencapai kenaikan pangkat atau jenjang.',
        'Buka buku angka kredit pegawai lalu tetapkan PAK dengan nomor dan tanggalnya.',
      ],
      rute: ['/angka-kredit/pegawai/$id', '/angka-kredit/kelayakan'],
      gambar: [{ nama: 'pak-verifikasi-ponsel.png', keterangan: 'Verifikasi PAK di ponsel' }],
    },
    {
      id: 'pengembangan-kelola',
      judul: 'Katalog pelatihan dan rekap pengembangan',
      ringkas: 'Katalog pelatihan pemda dan rekap JP per perangkat daerah.',
      langkah: [
        'Buka Katalog Pelatihan: tambah pelatihan atau impor dari XLSX.',
        'Buka Rekap Pengembangan untuk melihat siapa yang di bawah target JP dan kebutuhan yang paling sering muncul.',
      ],
      rute: ['/pengembangan/katalog', '/pengembangan/rekap', '/pengembangan/pegawai/$id'],
    },
    {
      id: 'tim-penilai',
      judul: 'Tim penilai kinerja',
      ringkas: 'Tim yang memberi rekomendasi promosi, mutasi, pengembangan dan penghargaan dari hasil kinerja.',
      langkah: ['Buka menu Tim Penilai dan bentuk tim tahun ini.', 'Buka hasil penilaian dan catat rekomendasi tim.'],
      rute: ['/tim-penilai', '/tim-penilai/$id'],
    },

    // --- Admin sistem ----------------------------------------------------------------------------------
    {
      id: 'organisasi',
      judul: 'Struktur organisasi',
      ringkas: 'Perangkat daerah, unit dan jabatan, serta Plt/Plh. Struktur ini menentukan siapa menilai siapa.',
      langkah: [
        'Buka menu Organisasi.',
        'Tambah atau ubah unit dan jabatan di bawah perangkat daerahnya.',
        'Catat Plt/Plh dengan rentang tanggalnya; selama itu ia menggantikan peran pejabat penilai.',
      ],
      rute: ['/organisasi'],
      gambar: [{ nama: 'organisasi.png', keterangan: 'Pohon organisasi' }],
    },
    {
      id: 'pegawai-data',
      judul: 'Data pegawai',
      ringkas: 'Data pegawai (NIP, nama, pangkat/golongan, jabatan).',
      langkah: ['Buka menu Pegawai; cari dengan nama atau NIP.', 'Tambah pegawai baru atau ubah datanya.', 'Buka profil untuk melihat atasan dan riwayatnya.'],
      rute: ['/pegawai', '/pegawai/baru', '/pegawai/$pegawaiId', '/pegawai/$pegawaiId/ubah'],
      gambar: [{ nama: 'profil.png', keterangan: 'Profil pegawai' }],
    },
    {
      id: 'akun',
      judul: 'Akun dan peran',
      ringkas: 'Akun login, peran (Pegawai, Pengelola Kinerja, Admin BKPSDM, Pimpinan, Admin Sistem), atur ulang kata sandi dan buka kunci.',
      langkah: [
        'Buka menu Akun dan cari akunnya.',
        'Ubah peran; pengelola kinerja diberi perangkat daerahnya.',
        'Atur ulang kata sandi: berikan kata sandi sementara kepada pemiliknya secara langsung.',
        'Buka kunci akun yang tertahan karena salah kata sandi berulang.',
      ],
      catatan: ['Anda hanya dapat mengelola akun yang perannya tercakup oleh peran Anda.'],
      rute: ['/akun'],
    },
    {
      id: 'impor-data',
      judul: 'Impor data',
      ringkas: 'Impor unit, jabatan, pegawai dan akun dari CSV/XLSX: semua baris masuk, atau tidak satu pun.',
      langkah: ['Buka menu Impor dan pilih jenis data.', 'Unduh templat lalu isi.', 'Unggah. Bila ditolak, perbaiki baris dan kolom yang disebutkan lalu unggah lagi.'],
      rute: ['/impor'],
      gambar: [{ nama: 'impor-ditolak.png', keterangan: 'Impor yang ditolak, dengan baris yang salah' }],
    },
    {
      id: 'audit-dan-email',
      judul: 'Jejak audit dan kotak keluar e-mail',
      ringkas: 'Setiap perubahan data tercatat: siapa, kapan, apa. E-mail pengingat dapat diperiksa di kotak keluar.',
      langkah: ['Buka menu Audit; saring menurut jenis data, pelaku atau tanggal.', 'Buka Kotak Keluar E-mail untuk melihat pengingat yang dikirim.'],
      rute: ['/audit', '/pengaturan/kotak-keluar'],
    },
  ],

  panduan: [
    {
      peran: 'pegawai',
      judul: 'Panduan Pegawai',
      untuk: 'Setiap PNS dan PPPK: menyusun SKP, mencatat progres dengan bukti dukung, menerima umpan balik dan hasil penilaian.',
      bagian: ['masuk-dan-beranda', 'skp-menyusun', 'progres-mencatat', 'umpan-balik', 'penilaian-hasil', 'keberatan', 'tindak-lanjut-saya', 'tpp-dan-angka-kredit', 'umpan-balik-360', 'verifikasi-dokumen'],
    },
    {
      peran: 'pejabat-penilai',
      judul: 'Panduan Pejabat Penilai Kinerja',
      untuk: 'Atasan langsung: menyusun SKP bersama bawahan, memantau, memberi umpan balik dan bimbingan, lalu menilai.',
      bagian: ['beranda-pimpinan', 'analitik-penilai', 'skp-tim', 'papan-tim', 'umpan-balik', 'bimbingan', 'menilai', 'keberatan', 'kehadiran'],
    },
    {
      peran: 'pimpinan',
      judul: 'Panduan Kepala Perangkat Daerah / Pimpinan',
      untuk: 'Kepala perangkat daerah dan pimpinan unit: Perjanjian Kinerja, capaian kinerja organisasi, pemantauan unit, peringkat dan talenta.',
      bagian: ['beranda-pimpinan', 'perjanjian-kinerja', 'pemantauan-unit', 'capaian-organisasi', 'menilai', 'peringkat-dan-laporan', 'peta-talenta'],
    },
    {
      peran: 'pengelola-kinerja',
      judul: 'Panduan Pengelola Kinerja',
      untuk: 'Pengelola kinerja perangkat daerah: memantau penyusunan SKP, templat SKP, kehadiran dan layanan publik.',
      bagian: ['skp-monitoring', 'skp-templat', 'kehadiran', 'layanan-publik', 'progres-mencatat'],
    },
    {
      peran: 'admin-bkpsdm',
      judul: 'Panduan Admin BKPSDM',
      untuk: 'BKPSDM: periode penilaian, aturan penilaian pemda, tindak lanjut (penghargaan, pengembangan, TPP, angka kredit) dan ekspor SIASN.',
      bagian: ['pusat-kendali', 'analitik-penilai', 'periode-penilaian', 'pengaturan-aturan', 'skp-monitoring', 'ekspor-siasn', 'penghargaan', 'pengembangan-kelola', 'tpp-pemda', 'angka-kredit-kelola', 'tim-penilai', 'peringkat-dan-laporan'],
    },
    {
      peran: 'admin-sistem',
      judul: 'Panduan Admin Sistem',
      untuk: 'Pengelola aplikasi: struktur organisasi, data pegawai, akun dan peran, impor data dan jejak audit.',
      bagian: ['organisasi', 'pegawai-data', 'akun', 'impor-data', 'audit-dan-email'],
    },
  ],

  glosarium: [
    { istilah: 'ASN', kepanjangan: 'Aparatur Sipil Negara', arti: 'Pegawai negeri sipil (PNS) dan pegawai pemerintah dengan perjanjian kerja (PPPK).', dasar: 'UU 20/2023' },
    { istilah: 'SKP', kepanjangan: 'Sasaran Kinerja Pegawai', arti: 'Ekspektasi kinerja yang disepakati pegawai dan pejabat penilai untuk satu periode: hasil kerja dan perilaku kerja.', dasar: 'PermenPANRB 6/2022' },
    { istilah: 'RHK', kepanjangan: 'Rencana Hasil Kerja', arti: 'Hasil kerja yang akan dicapai pegawai dalam SKP, utama atau tambahan.', dasar: 'PermenPANRB 6/2022' },
    { istilah: 'RHK atasan yang diintervensi', arti: 'RHK pejabat penilai yang didukung oleh RHK pegawai (cascading).', dasar: 'PermenPANRB 6/2022' },
    { istilah: 'IKI', kepanjangan: 'Indikator Kinerja Individu', arti: 'Ukuran keberhasilan RHK dari aspek kuantitas, kualitas, waktu atau biaya, dengan targetnya.', dasar: 'PermenPANRB 6/2022' },
    { istilah: 'Rencana aksi', arti: 'Langkah kerja per RHK untuk setiap periode (bulanan atau triwulanan) yang menjadi acuan pencatatan progres.', dasar: 'PermenPANRB 6/2022' },
    { istilah: 'Realisasi', arti: 'Hasil yang benar-benar dicapai pegawai, dicatat sebagai progres dengan bukti dukung.', dasar: 'PermenPANRB 6/2022' },
    { istilah: 'Bukti dukung', arti: 'Berkas, foto atau tautan yang membuktikan realisasi.' },
    { istilah: 'Umpan balik', arti: 'Tanggapan berkelanjutan pejabat penilai atas realisasi dan perilaku kerja pegawai.', dasar: 'PermenPANRB 6/2022' },
    { istilah: 'Bimbingan kinerja', arti: 'Coaching, mentoring atau konseling untuk membantu pegawai mencapai kinerjanya.', dasar: 'PermenPANRB 6/2022' },
    { istilah: 'Perilaku kerja', arti: 'Perilaku sesuai nilai dasar BerAKHLAK, dinilai dari indikator perilaku dan ekspektasi khusus pimpinan.', dasar: 'PermenPANRB 6/2022' },
    {
      istilah: 'BerAKHLAK',
      arti: 'Nilai dasar ASN: Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif.',
      dasar: 'SE MenPANRB 20/2021; PermenPANRB 6/2022',
    },
    { istilah: 'Ekspektasi khusus pimpinan', arti: 'Harapan spesifik pejabat penilai atas setiap nilai BerAKHLAK bagi pegawai.', dasar: 'PermenPANRB 6/2022' },
    { istilah: 'Pejabat penilai kinerja', arti: 'Atasan langsung pegawai yang menyusun SKP bersama dan menilai kinerjanya.', dasar: 'PermenPANRB 6/2022' },
    { istilah: 'Atasan pejabat penilai', arti: 'Atasan dari pejabat penilai; memutus keberatan atas hasil penilaian.', dasar: 'PermenPANRB 6/2022' },
    { istilah: 'Pengelola kinerja', arti: 'Pegawai yang mengelola kinerja di perangkat daerah atau BKPSDM: meninjau SKP, menjalankan periode, menetapkan SKP yang terlambat.' },
    { istilah: 'Plt / Plh', kepanjangan: 'Pelaksana Tugas / Pelaksana Harian', arti: 'Pejabat yang menjalankan tugas jabatan lain untuk rentang tanggal tertentu, termasuk peran pejabat penilai.' },
    { istilah: 'Perjanjian Kinerja', arti: 'Kesepakatan sasaran, indikator dan target unit untuk setahun; sumber RHK pimpinan unit dan JPT.' },
    { istilah: 'Capaian kinerja organisasi', arti: 'Hasil unit kerja dalam satu periode: Istimewa, Baik, Butuh Perbaikan, Kurang atau Sangat Kurang.', dasar: 'SE MenPANRB 3/2023' },
    { istilah: 'Rating hasil kerja', arti: 'Penilaian pejabat penilai atas realisasi terhadap target: Di Atas, Sesuai atau Di Bawah Ekspektasi.', dasar: 'PermenPANRB 6/2022' },
    { istilah: 'Rating perilaku kerja', arti: 'Penilaian atas perilaku BerAKHLAK: Di Atas, Sesuai atau Di Bawah Ekspektasi.', dasar: 'PermenPANRB 6/2022' },
    {
      istilah: 'Predikat kinerja',
      arti: 'Gabungan rating hasil kerja dan rating perilaku kerja: Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct atau Sangat Kurang.',
      dasar: 'PermenPANRB 6/2022',
    },
    { istilah: 'Kurva distribusi', arti: 'Batas sebaran predikat pegawai dalam satu unit, ditentukan oleh capaian kinerja organisasi unit itu.', dasar: 'SE MenPANRB 3/2023' },
    { istilah: 'Keberatan', arti: 'Pengajuan pegawai yang tidak setuju dengan hasil penilaian kepada atasan pejabat penilai, dalam batas waktu; keputusannya final.', dasar: 'PermenPANRB 6/2022' },
    { istilah: 'Periode penilaian', arti: 'Rentang waktu penilaian: periodik (bulanan, triwulanan, semesteran) dan tahunan.' },
    { istilah: 'Tim penilai kinerja', arti: 'Tim yang memberi pertimbangan promosi, mutasi, pengembangan dan penghargaan dari hasil kinerja.', dasar: 'PP 30/2019' },
    { istilah: 'Tindak lanjut', arti: 'Pelaporan, pemeringkatan, penghargaan, sanksi dan pengembangan kompetensi berdasarkan hasil penilaian.', dasar: 'PP 30/2019' },
    { istilah: 'Rencana perbaikan kinerja', arti: 'Rencana yang disepakati pejabat penilai dan pegawai berpredikat Butuh Perbaikan atau lebih rendah.' },
    { istilah: 'JP', kepanjangan: 'Jam Pelajaran', arti: 'Satuan pengembangan kompetensi; setiap PNS berhak paling sedikit 20 JP setahun.', dasar: 'PP 17/2020' },
    { istilah: 'Angka kredit', arti: 'Nilai bagi pejabat fungsional dari predikat kinerja, dasar kenaikan pangkat dan jenjang.', dasar: 'PerBKN 3/2023' },
    { istilah: 'PAK', kepanjangan: 'Penetapan Angka Kredit', arti: 'Dokumen resmi yang menetapkan jumlah angka kredit pejabat fungsional.', dasar: 'PerBKN 3/2023' },
    { istilah: 'TPP', kepanjangan: 'Tambahan Penghasilan Pegawai', arti: 'Tunjangan daerah yang sebagian dibayar menurut kinerja dan disiplin; rumusnya diatur Perkada.' },
    { istilah: 'SIASN', kepanjangan: 'Sistem Informasi ASN', arti: 'Sistem data kepegawaian nasional BKN yang menerima hasil penilaian kinerja.' },
    { istilah: 'BKPSDM', kepanjangan: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', arti: 'Perangkat daerah yang mengelola kepegawaian pemda.' },
    { istilah: 'Perangkat daerah', arti: 'Dinas, badan, kecamatan dan satuan kerja lain pemda.' },
    { istilah: 'Nine-box (peta talenta)', arti: 'Sembilan kotak kinerja terhadap potensi pegawai untuk keputusan karier.', dasar: 'PermenPANRB 3/2020' },
  ],

  tur: [
    { judul: 'Selamat datang di Capaian', isi: 'Capaian membantu Anda mengelola kinerja sesuai PermenPANRB 6/2022: merencanakan, mencatat, memantau dan menilai. Tur singkat ini hanya tampil sekali.' },
    { judul: 'SKP Anda', isi: 'Mulai dari menu SKP Saya: susun RHK dan indikatornya, hubungkan ke RHK atasan, lalu ajukan kepada pejabat penilai.', peran: ['pegawai'] },
    { judul: 'Catat progres setiap hari', isi: 'Tekan Catat progres di Beranda. Tambahkan foto atau berkas sebagai bukti dukung. Tanpa sinyal pun tersimpan dan dikirim nanti.', peran: ['pegawai'] },
    { judul: 'Tim Anda', isi: 'Sebagai pejabat penilai, setujui SKP bawahan di SKP Tim, pantau progres di Papan Tim dan beri umpan balik sepanjang tahun.', peran: ['pejabat-penilai'] },
    { judul: 'Unit Anda', isi: 'Tetapkan Perjanjian Kinerja dan capaian kinerja organisasi; pantau unit dan peringkat kinerja.', peran: ['pimpinan'] },
    { judul: 'Perangkat daerah Anda', isi: 'Pantau penyusunan SKP di Monitoring SKP, kirim pengingat dan impor data kehadiran.', peran: ['pengelola-kinerja'] },
    { judul: 'Pemda Anda', isi: 'Buka periode penilaian, atur aturan penilaian pemda, kelola tindak lanjut dan ekspor ke SIASN.', peran: ['admin-bkpsdm'] },
    { judul: 'Data dasar', isi: 'Jaga struktur organisasi, data pegawai dan akun tetap benar: dari sanalah Capaian tahu siapa menilai siapa.', peran: ['admin-sistem'] },
    { judul: 'Butuh bantuan?', isi: 'Tekan tanda ? di judul setiap halaman, atau buka menu Bantuan untuk panduan per peran, glosarium istilah dan panduan cetak (PDF).' },
  ],
};

/** The content, validated once at start: a mistake here fails the server's start and its tests. */
export const KONTEN: KontenBantuan = KontenBantuan.parse(ISI);

/** Every screenshot name the content references (the only files GET /bantuan/gambar/:nama serves). */
export const GAMBAR_DIRUJUK: ReadonlySet<string> = new Set(KONTEN.bagian.flatMap((b) => b.gambar.map((g) => g.nama)));
