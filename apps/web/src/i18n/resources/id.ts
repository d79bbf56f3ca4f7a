/**
 * Bahasa Indonesia: the default language and the source of truth for the
 * translation keys. Every other language must provide exactly these keys
 * (see `Translation` below and ./en.ts).
 *
 * Plural keys: Indonesian has a single plural form (`_other`); the `_one`
 * variants exist only so that languages like English can fill them in.
 */
export const id = {
  app: {
    name: 'Lentera',
    tagline: 'Belajar untuk ASN',
    skipToContent: 'Lewati ke konten utama',
    homeLink: 'Lentera, ke beranda',
  },
  language: {
    label: 'Bahasa',
    id: 'Bahasa Indonesia',
    en: 'English',
  },
  competencyType: {
    TEKNIS: 'Teknis',
    MANAJERIAL: 'Manajerial',
    SOSIAL_KULTURAL: 'Sosial Kultural',
  },
  level: {
    DASAR: 'Dasar',
    MENENGAH: 'Menengah',
    LANJUT: 'Lanjut',
  },
  course: {
    jp: '{{jp}} JP',
    jpTitle: 'Jam Pelajaran',
    lessonCount_one: '{{count}} pelajaran',
    lessonCount_other: '{{count}} pelajaran',
    readingMinutes: '± {{count}} menit baca',
    competencyLabel: 'Jenis kompetensi',
    levelLabel: 'Tingkat',
  },
  catalogue: {
    documentTitle: 'Katalog kursus',
    title: 'Katalog kursus',
    intro: 'Kursus terbaru untuk pengembangan kompetensi ASN.',
    totalCount_one: '{{count}} kursus tersedia',
    totalCount_other: '{{count}} kursus tersedia',
    loading: 'Memuat katalog…',
    loadMore: 'Muat lebih banyak',
    loadMoreError: 'Kursus berikutnya tidak dapat dimuat. Silakan coba lagi.',
    emptyTitle: 'Belum ada kursus',
    emptyDescription: 'Kursus yang sudah terbit akan tampil di sini.',
    errorTitle: 'Katalog kursus tidak dapat dimuat',
    errorDescription: 'Periksa koneksi internet Anda, lalu coba lagi.',
    retry: 'Coba muat ulang katalog',
  },
  outline: {
    loading: 'Memuat kursus…',
    agency: 'Penyelenggara',
    description: 'Tentang kursus ini',
    modules: 'Daftar modul',
    moduleNumber: 'Modul {{number}}',
    noModules: 'Modul untuk kursus ini belum tersedia.',
    noLessons: 'Belum ada pelajaran di modul ini.',
    notFoundTitle: 'Kursus tidak ditemukan',
    notFoundDescription: 'Kursus ini tidak ada atau belum diterbitkan.',
    errorTitle: 'Kursus tidak dapat dimuat',
    errorDescription: 'Periksa koneksi internet Anda, lalu coba lagi.',
    retry: 'Coba lagi',
    backToCatalogue: 'Kembali ke katalog',
  },
  notFound: {
    documentTitle: 'Halaman tidak ditemukan',
    title: 'Halaman tidak ditemukan',
    description: 'Alamat yang Anda buka tidak tersedia.',
    backHome: 'Ke katalog kursus',
  },
};

/** Shape every language must implement: same keys, string values. */
export type Translation = typeof id;
