/** Bahasa Indonesia texts of the certificate admin pages: the agency's signing keys and the certificate audit log. */
export const certificateAdminId = {
  /** Links from the agency's certificate list (features/certificates/admin-certificates-page.tsx). */
  links: {
    keys: 'Kunci penandatangan',
    audit: 'Log audit',
  },
  backToCertificates: 'Sertifikat',
  noPermission: 'Anda bukan admin instansi mana pun: kunci dan log audit sertifikat hanya dapat dibuka admin instansi.',
  keys: {
    documentTitle: 'Kunci penandatangan sertifikat',
    title: 'Kunci penandatangan',
    intro:
      'Setiap sertifikat ditandatangani secara digital dengan kunci Ed25519 milik instansi. Siapa pun dapat memeriksa tanda tangan itu dengan kunci publik di bawah.',
    loadError: 'Kunci penandatangan tidak dapat dimuat',
    empty: 'Belum ada kunci. Kunci pertama dibuat otomatis saat sertifikat pertama instansi ini ditandatangani.',
    activeHeading: 'Kunci aktif',
    retiredHeading: 'Kunci lama',
    retiredIntro: 'Kunci lama tidak menandatangani sertifikat baru, tetapi tetap memverifikasi sertifikat yang pernah ditandatanganinya.',
    status: {
      ACTIVE: 'Aktif',
      RETIRED: 'Sudah diganti',
    },
    keyId: 'ID kunci',
    activatedAt: 'Aktif sejak {{time}} WIB',
    retiredAt: 'Diganti pada {{time}} WIB',
    publicKey: 'Kunci publik (PEM)',
    copy: 'Salin kunci publik',
    copied: 'Tersalin',
    download: 'Unduh .pem',
    rotation: {
      heading: 'Ganti kunci',
      explanation:
        'Mengganti kunci membuat kunci aktif yang baru: sertifikat yang terbit sesudahnya ditandatangani dengan kunci baru. Sertifikat lama tetap dapat diverifikasi, karena kunci lama disimpan sebagai kunci yang sudah diganti. Ganti kunci bila ada dugaan kunci bocor atau sesuai jadwal rotasi instansi; penggantian dicatat di log audit bersama alasannya.',
      open: 'Ganti kunci',
      dialogTitle: 'Ganti kunci penandatangan?',
      dialogIntro:
        'Kunci aktif {{keyId}} akan diganti. Sertifikat yang terbit sesudah ini ditandatangani dengan kunci baru; sertifikat yang sudah terbit tetap sah.',
      reasonLabel: 'Alasan penggantian',
      reasonPlaceholder: 'mis. Rotasi kunci tahunan',
      reasonHint: 'Dicatat di log audit sertifikat.',
      confirm: 'Ganti kunci',
      done: 'Kunci diganti. Kunci aktif sekarang {{keyId}}.',
    },
  },
  audit: {
    documentTitle: 'Log audit sertifikat',
    title: 'Log audit sertifikat',
    intro:
      'Setiap penerbitan, pencabutan, penerbitan ulang, perubahan templat dan pembuatan atau penggantian kunci dicatat di sini. Entri tidak dapat diubah: masing-masing memuat sidik SHA-256 entri sebelumnya.',
    loadError: 'Log audit tidak dapat dimuat',
    intactTitle: 'Log utuh: setiap entri tersambung ke entri sebelumnya',
    intactDetail: 'Tidak ada entri yang diubah atau dihapus sejak ditulis ({{total}} entri diperiksa).',
    brokenTitle: 'Log rusak pada entri #{{seq}}',
    brokenDetail:
      'Entri #{{seq}} tidak lagi cocok dengan rantai sidik: entri itu (atau entri sebelumnya) telah diubah atau dihapus di luar Lentera, langsung di basis data. Entri sejak #{{seq}} tidak dapat dipercaya; laporkan kepada pengelola sistem.',
    brokenRow: 'Rantai putus di sini',
    empty: 'Belum ada entri. Entri ditulis saat sertifikat pertama instansi ini ditandatangani.',
    shown: 'Menampilkan {{shown}} dari {{total}} entri, terbaru lebih dulu',
    loadMore: 'Muat lebih banyak',
    tableLabel: 'Entri log audit sertifikat',
    columns: {
      seq: 'No.',
      at: 'Waktu (WIB)',
      action: 'Tindakan',
      number: 'Nomor sertifikat',
      actor: 'Oleh',
      reason: 'Alasan',
    },
    system: 'Sistem',
    none: '—',
    actions: {
      ISSUED: 'Sertifikat diterbitkan',
      REVOKED: 'Sertifikat dicabut',
      REISSUED: 'Sertifikat diterbitkan ulang',
      TEMPLATE_CHANGED: 'Templat diubah',
      KEY_CREATED: 'Kunci dibuat',
      KEY_ROTATED: 'Kunci diganti',
    },
  },
};
