/**
 * Representative point of every desa/kelurahan, placed by hand from general knowledge of Buleleng's geography
 * (the settlement centre on its main road: coastal desa on the north-coast road a few hundred metres inland,
 * upland desa inland along their valley roads). Not surveyed: expect errors of one to a few kilometres.
 * `coastal` marks desa whose settlement lies on the coast (used for the population weighting and hazards).
 * Codes are Kemendagri codes; names come from idn-area-data at build time.
 */
export interface DesaPointRow {
  code: string;
  lon: number;
  lat: number;
  coastal: boolean;
}

const rows: [code: string, lon: number, lat: number, coastal: 0 | 1][] = [
  // Gerokgak: a string of desa on the coast road from West Bali National Park to Celukan Bawang.
  ['51.08.01.2001', 114.515, -8.165, 1], // Sumberklampok
  ['51.08.01.2002', 114.575, -8.148, 1], // Pejarakan
  ['51.08.01.2003', 114.62, -8.14, 1], // Sumberkima
  ['51.08.01.2004', 114.66, -8.151, 1], // Pemuteran
  ['51.08.01.2005', 114.695, -8.155, 1], // Banyupoh
  ['51.08.01.2006', 114.718, -8.163, 1], // Penyabangan
  ['51.08.01.2007', 114.742, -8.17, 1], // Musi
  ['51.08.01.2008', 114.765, -8.18, 1], // Sanggalangit
  ['51.08.01.2009', 114.79, -8.187, 1], // Gerokgak
  ['51.08.01.2010', 114.812, -8.192, 1], // Patas
  ['51.08.01.2011', 114.833, -8.199, 1], // Pengulon
  ['51.08.01.2012', 114.85, -8.2, 1], // Tinga-tinga
  ['51.08.01.2013', 114.865, -8.203, 1], // Celukanbawang
  ['51.08.01.2014', 114.885, -8.215, 0], // Tukadsumaga
  // Seririt: the town on the coast, desa on the Saba valley road south and on the western hills.
  ['51.08.02.1015', 114.937, -8.192, 1], // Seririt
  ['51.08.02.2001', 114.9, -8.24, 0], // Unggahan
  ['51.08.02.2002', 114.918, -8.232, 0], // Ularan
  ['51.08.02.2003', 114.948, -8.222, 0], // Ringdikit
  ['51.08.02.2004', 114.958, -8.238, 0], // Rangdu
  ['51.08.02.2005', 114.97, -8.25, 0], // Mayong
  ['51.08.02.2006', 114.945, -8.25, 0], // Gunungsari
  ['51.08.02.2007', 114.935, -8.242, 0], // Munduk Bestala
  ['51.08.02.2008', 114.93, -8.228, 0], // Bestala
  ['51.08.02.2009', 114.942, -8.205, 0], // Kalianget
  ['51.08.02.2010', 114.92, -8.215, 0], // Joanyar
  ['51.08.02.2011', 114.902, -8.205, 0], // Tangguwisia
  ['51.08.02.2012', 114.905, -8.222, 0], // Sulanyah
  ['51.08.02.2013', 114.952, -8.192, 1], // Bubunan
  ['51.08.02.2014', 114.915, -8.203, 0], // Patemon
  ['51.08.02.2016', 114.922, -8.19, 1], // Pengastulan
  ['51.08.02.2017', 114.948, -8.21, 0], // Lokapaksa
  ['51.08.02.2018', 114.965, -8.212, 0], // Pangkungparuk
  ['51.08.02.2019', 114.965, -8.195, 1], // Banjarasem
  ['51.08.02.2020', 114.98, -8.19, 1], // Kalisada
  ['51.08.02.2021', 114.978, -8.205, 0], // Umeanyar
  // Busungbiu: upland kecamatan south of Seririt, reaching down toward Pupuan and the Jembrana border.
  ['51.08.03.2001', 114.95, -8.3, 0], // Sepang
  ['51.08.03.2002', 114.975, -8.33, 0], // Dapdap Putih
  ['51.08.03.2003', 114.985, -8.3, 0], // Bongancina
  ['51.08.03.2004', 115.005, -8.31, 0], // Pucaksari
  ['51.08.03.2005', 114.975, -8.278, 0], // Telaga
  ['51.08.03.2006', 114.955, -8.262, 0], // Titab
  ['51.08.03.2007', 114.985, -8.247, 0], // Subuk
  ['51.08.03.2008', 115.01, -8.252, 0], // Tinggarsari
  ['51.08.03.2009', 115.0, -8.238, 0], // Kedis
  ['51.08.03.2010', 114.97, -8.235, 0], // Kekeran
  ['51.08.03.2011', 114.993, -8.262, 0], // Busungbiu
  ['51.08.03.2012', 115.005, -8.283, 0], // Pelapuan
  ['51.08.03.2013', 115.018, -8.27, 0], // Bengkel
  ['51.08.03.2014', 115.035, -8.285, 0], // Umejero
  ['51.08.03.2015', 114.945, -8.33, 0], // Sepang Kelod
  // Banjar: Lovina's western coast, the Bali Aga hill villages and the Munduk ridge above the twin lakes.
  ['51.08.04.2001', 115.005, -8.23, 0], // Banyuseri
  ['51.08.04.2002', 115.022, -8.224, 0], // Tirtasari
  ['51.08.04.2003', 115.032, -8.236, 0], // Kayuputih
  ['51.08.04.2004', 115.035, -8.25, 0], // Banyuatis
  ['51.08.04.2005', 115.048, -8.258, 0], // Gesing
  ['51.08.04.2006', 115.065, -8.262, 0], // Munduk
  ['51.08.04.2007', 115.085, -8.25, 0], // Gobleg
  ['51.08.04.2008', 115.045, -8.2, 0], // Pedawa
  ['51.08.04.2009', 115.038, -8.215, 0], // Cempaga
  ['51.08.04.2010', 115.025, -8.21, 0], // Sidetapa
  ['51.08.04.2011', 114.998, -8.205, 0], // Tampekan
  ['51.08.04.2012', 115.02, -8.2, 0], // Banjar Tegeha
  ['51.08.04.2013', 115.01, -8.195, 0], // Banjar
  ['51.08.04.2014', 114.995, -8.185, 1], // Dencarik
  ['51.08.04.2015', 115.008, -8.178, 1], // Temukus
  ['51.08.04.2016', 115.06, -8.218, 0], // Tigawasa
  ['51.08.04.2017', 115.017, -8.17, 1], // Kaliasem
  // Sukasada: south of Singaraja up the Gitgit road to the Buyan basin (Pancasari).
  ['51.08.05.1009', 115.092, -8.14, 0], // Sukasada
  ['51.08.05.2001', 115.16, -8.262, 0], // Pancasari
  ['51.08.05.2002', 115.118, -8.232, 0], // Wanagiri
  ['51.08.05.2003', 115.127, -8.19, 0], // Ambengan
  ['51.08.05.2004', 115.135, -8.203, 0], // Gitgit
  ['51.08.05.2005', 115.16, -8.212, 0], // Pegayaman
  ['51.08.05.2006', 115.122, -8.178, 0], // Silangjana
  ['51.08.05.2007', 115.083, -8.182, 0], // Pegadungan
  ['51.08.05.2008', 115.093, -8.17, 0], // Padangbulia
  ['51.08.05.2010', 115.078, -8.158, 0], // Sambangan
  ['51.08.05.2011', 115.065, -8.163, 0], // Panji
  ['51.08.05.2012', 115.055, -8.176, 0], // Panji Anom
  ['51.08.05.2013', 115.102, -8.155, 0], // Tegallinggah
  ['51.08.05.2014', 115.112, -8.163, 0], // Selat
  ['51.08.05.2015', 115.08, -8.205, 0], // Kayuputih
  // Buleleng: Singaraja's kelurahan (a dense grid around the old harbour), Lovina and the desa around the city.
  ['51.08.06.1006', 115.08, -8.115, 0], // Banyuasri
  ['51.08.06.1007', 115.082, -8.12, 0], // Banjar Tegal
  ['51.08.06.1008', 115.093, -8.114, 0], // Kendran
  ['51.08.06.1009', 115.087, -8.114, 0], // Paket Agung
  ['51.08.06.1010', 115.092, -8.11, 0], // Kampung Singaraja
  ['51.08.06.1011', 115.099, -8.119, 0], // Liligundi
  ['51.08.06.1012', 115.089, -8.121, 0], // Beratan
  ['51.08.06.1019', 115.116, -8.108, 1], // Banyuning
  ['51.08.06.1020', 115.108, -8.116, 0], // Penarukan
  ['51.08.06.1021', 115.098, -8.11, 0], // Kampung Kajanan
  ['51.08.06.1022', 115.103, -8.115, 0], // Astina
  ['51.08.06.1023', 115.098, -8.1135, 0], // Banjar Jawa
  ['51.08.06.1024', 115.083, -8.108, 1], // Kaliuntu
  ['51.08.06.1025', 115.087, -8.107, 1], // Kampung Anyar
  ['51.08.06.1026', 115.0905, -8.1055, 1], // Kampung Bugis
  ['51.08.06.1027', 115.094, -8.119, 0], // Banjar Bali
  ['51.08.06.1029', 115.095, -8.106, 1], // Kampung Baru
  ['51.08.06.2001', 115.027, -8.163, 1], // Kalibukbuk
  ['51.08.06.2002', 115.038, -8.158, 1], // Anturan
  ['51.08.06.2003', 115.048, -8.151, 1], // Tukadmungga
  ['51.08.06.2004', 115.058, -8.143, 1], // Pemaron
  ['51.08.06.2005', 115.07, -8.125, 1], // Baktiseraga
  ['51.08.06.2013', 115.052, -8.16, 0], // Sarimekar
  ['51.08.06.2014', 115.073, -8.142, 0], // Nagasepaha
  ['51.08.06.2015', 115.112, -8.132, 0], // Petandakan
  ['51.08.06.2016', 115.108, -8.147, 0], // Alasangker
  ['51.08.06.2017', 115.13, -8.148, 0], // Poh Bergong
  ['51.08.06.2018', 115.127, -8.122, 0], // Jinengdalem
  ['51.08.06.2028', 115.12, -8.14, 0], // Penglatan
  // Sawan: east of Singaraja, from the coast at Sangsit up to the Sekumpul waterfalls and Lemukih.
  ['51.08.07.2001', 115.185, -8.2, 0], // Lemukih
  ['51.08.07.2002', 115.165, -8.175, 0], // Galungan
  ['51.08.07.2003', 115.178, -8.182, 0], // Sekumpul
  ['51.08.07.2004', 115.147, -8.16, 0], // Bebetin
  ['51.08.07.2005', 115.16, -8.15, 0], // Sudaji
  ['51.08.07.2006', 115.16, -8.135, 0], // Sawan
  ['51.08.07.2007', 115.172, -8.14, 0], // Menyali
  ['51.08.07.2008', 115.145, -8.13, 0], // Suwug
  ['51.08.07.2009', 115.155, -8.115, 0], // Jagaraga
  ['51.08.07.2010', 115.15, -8.1, 0], // Sinabun
  ['51.08.07.2011', 115.125, -8.103, 1], // Kerobokan
  ['51.08.07.2012', 115.14, -8.088, 1], // Sangsit
  ['51.08.07.2013', 115.158, -8.083, 1], // Bungkulan
  ['51.08.07.2014', 115.138, -8.113, 0], // Giri Emas
  // Kubutambahan: coast at Kubutambahan and Bukti, then up the Kintamani road to Mengening and Tambakan.
  ['51.08.08.2001', 115.245, -8.205, 0], // Tambakan
  ['51.08.08.2002', 115.228, -8.18, 0], // Pakisan
  ['51.08.08.2003', 115.232, -8.14, 0], // Bontihing
  ['51.08.08.2004', 115.222, -8.155, 0], // Tajun
  ['51.08.08.2005', 115.21, -8.14, 0], // Tunjung
  ['51.08.08.2006', 115.195, -8.105, 0], // Depeha
  ['51.08.08.2007', 115.22, -8.102, 0], // Tamblang
  ['51.08.08.2008', 115.182, -8.12, 0], // Bulian
  ['51.08.08.2009', 115.19, -8.132, 0], // Bila
  ['51.08.08.2010', 115.205, -8.118, 0], // Bengkala
  ['51.08.08.2011', 115.178, -8.082, 1], // Kubutambahan
  ['51.08.08.2012', 115.205, -8.09, 1], // Bukti
  ['51.08.08.2013', 115.242, -8.158, 0], // Mengening
  // Tejakula: the coast road to the Karangasem border, with Sembiran and Madenan on the slopes above.
  ['51.08.09.2001', 115.282, -8.118, 0], // Sembiran
  ['51.08.09.2002', 115.262, -8.098, 1], // Pacung
  ['51.08.09.2003', 115.3, -8.113, 1], // Julah
  ['51.08.09.2004', 115.322, -8.14, 0], // Madenan
  ['51.08.09.2005', 115.318, -8.12, 1], // Bondalem
  ['51.08.09.2006', 115.338, -8.12, 1], // Tejakula
  ['51.08.09.2007', 115.365, -8.138, 1], // Les
  ['51.08.09.2008', 115.388, -8.143, 1], // Penuktukan
  ['51.08.09.2009', 115.41, -8.157, 1], // Sambirenteng
  ['51.08.09.2010', 115.44, -8.168, 1], // Tembok
];

export const DESA_POINTS: readonly DesaPointRow[] = rows.map(([code, lon, lat, coastal]) => ({
  code,
  lon,
  lat,
  coastal: coastal === 1,
}));
