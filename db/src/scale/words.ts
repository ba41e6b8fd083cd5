/**
 * The words seed:scale writes with: names, places and short texts in bokmål, plain and concrete
 * like the staff guide asks (DOMAIN.md C1, C9). `{navn}` is the child's first name. Texts per
 * attention category follow DEFAULT_ATTENTION_CATEGORIES' order, three variants each.
 */

const words = (list: string) => list.split(' ');

export const GIRLS = words(
  'Nora Emma Ella Sofie Olivia Ingrid Leah Sara Maja Frida Astrid Hedda Selma Vilde ' +
    'Iben Mathilde Amalie Tiril Aurora Sigrid Hanna Thea Mia Ida Julie Linnea Marie Aisha ' +
    'Zainab Amina Hiba Zofia',
);
export const BOYS = words(
  'Jakob Emil Noah Oliver Filip William Lucas Liam Henrik Oskar Aksel Theodor Elias ' +
    'Kasper Magnus Johannes Isak Mohammed Ali Adam Sander Tobias Ludvig Edvard Matheo ' +
    'Brage Sverre Eirik Yusuf Omar Jonas Mikkel',
);
export const WOMEN = words(
  'Kari Anne Ingrid Marte Silje Hanne Camilla Ida Maria Nina Tone Linda Marianne ' +
    'Kristin Hilde Heidi Ragnhild Guro Solveig Eva Lene Monica Fatima Aisha Anna Ewa Sara ' +
    'Mari Elin Turid Trine Randi',
);
export const MEN = words(
  'Ola Lars Jon Per Erik Andreas Thomas Kristian Martin Espen Geir Morten Anders Knut ' +
    'Trond Stian Øyvind Rune Bjørn Terje Håkon Ahmed Piotr Tomasz Hassan Daniel Jørgen ' +
    'Vegard Sindre Fredrik Arne Kjetil',
);
export const SURNAMES = words(
  'Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen ' +
    'Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl ' +
    'Jørgensen Halvorsen Henriksen Lund Sørensen Jakobsen Moen Gundersen Iversen Strand ' +
    'Solberg Svendsen Eide Knutsen Martinsen Paulsen Bakken Kristoffersen Mathisen Lie ' +
    'Amundsen Nguyen Rasmussen Ali Lunde Solheim Berge Moe Nygård Bakke Kristensen ' +
    'Fredriksen Holm Lien Hauge Christensen Andresen Nielsen Knudsen Evensen Sæther Aas ' +
    'Myhre Hanssen Ahmed Haugland Thomassen Sivertsen Simonsen Danielsen Berntsen Sandvik ' +
    'Rønning Arnesen Antonsen Næss Vik Haug Ellingsen Thorsen Edvardsen Birkeland Isaksen ' +
    'Gulbrandsen Ruud Aasen Strøm Myklebust Tangen Ødegård Eliassen Helland Bøe Aune ' +
    'Mikkelsen Tveit Brekke Abrahamsen Madsen Kowalski Hussain Tran Mohamed Yilmaz',
);

/** storby's districts (made up: Storby is nowhere). */
export const CITY_DISTRICTS = words(
  'Sentrum Elvebyen Bjørkelia Fjordsiden Haugåsen Lindeberg Nyby Sjøsiden Skogheim ' +
    'Solbakken Stasjonsbyen Østhagen Åsen Engene Kirkeby',
);
export const SMALL_DISTRICTS = words('Sentrum Nord Sør');

/** Unit names are a prefix and a suffix: Bjørkelia, Eikehaugen, … (40 × 25 places). */
export const PLACE_PREFIXES = words(
  'Bjørke Eike Furu Gran Hassel Linde Løv Rogne Selje Older Alm Aske Lønne Hegg Einer ' +
    'Lyng Mose Stein Berg Fjell Hauge Dals Bekke Elve Fjord Sjø Strand Vik Nes Myr Eng ' +
    'Åker Tun Sol Sky Måne Stjerne Kilde Brønn Kvern',
);
export const PLACE_SUFFIXES = words(
  'lia haugen bakken dalen åsen vollen jordet tunet stua lunden skogen stien veien byen ' +
    'hagen marka sletta kollen moen sand vika neset berget bråten løkka',
);

/** Job titles by unit type: [leader, holder, actor, other staff]. */
export const TITLES: Record<string, [string, string, string, string]> = {
  kindergarten: ['Styrer', 'Pedagogisk leder', 'Barnehagelærer', 'Fagarbeider'],
  school: ['Rektor', 'Kontaktlærer', 'Spesialpedagog', 'Miljøarbeider'],
  health_station: ['Leder helsestasjon', 'Helsesykepleier', 'Fysioterapeut', 'Jordmor'],
  school_health_service: ['Leder skolehelsetjenesten', 'Helsesykepleier', 'Psykolog', 'Merkantil'],
  ppt: ['PPT-leder', 'PP-rådgiver', 'Logoped', 'Merkantil'],
  child_welfare: ['Barnevernleder', 'Kontaktperson', 'Saksbehandler', 'Merkantil'],
  specialist_health: ['Seksjonsleder', 'Psykolog', 'Spesialsykepleier', 'Merkantil'],
  nav: ['NAV-leder', 'Veileder', 'Ungdomsveileder', 'Merkantil'],
  family_centre: ['Leder familiesenteret', 'Familieterapeut', 'Familieveileder', 'Merkantil'],
  other: ['Leder', 'Miljøarbeider', 'Ungdomsarbeider', 'Assistent'],
};

/** Attention texts, three per default category: describing sentence, maintaining, goal, signs. */
export const ATTENTION_DESCRIPTIONS = [
  '{navn} bruker få ord når {navn} forteller om noe som har skjedd.',
  '{navn} forstår korte beskjeder, men ikke beskjeder med flere ledd.',
  '{navn} leker mest alene fordi de andre ikke forstår det {navn} sier.',
  '{navn} faller ofte og slår seg når {navn} løper ute.',
  '{navn} holder blyanten med knyttet hånd og blir fort sliten når {navn} skriver.',
  '{navn} klarer ikke å kle på seg selv i garderoben.',
  '{navn} reiser seg og går rundt i klasserommet etter noen minutter med oppgaver.',
  '{navn} glemmer beskjeder som blir gitt til hele gruppa.',
  '{navn} blir sittende og se ut av vinduet når oppgavene er lange.',
  '{navn} slår andre barn når {navn} må vente på tur.',
  '{navn} roper og kaster ting når en aktivitet slutter før {navn} er ferdig.',
  '{navn} går ut av rommet når {navn} får et nei fra en voksen.',
  '{navn} har vært borte fra skolen tolv dager siden jul.',
  '{navn} kommer ofte for sent mandag morgen og går hjem før lunsj.',
  '{navn} sier at {navn} har vondt i magen de dagene klassen har gym.',
  '{navn} er alene i friminuttene og sier at ingen vil være med {navn}.',
  '{navn} forteller at noen i klassen ler av {navn} i garderoben.',
  '{navn} vil ikke gå på skoleturer fordi {navn} er redd for å bli holdt utenfor.',
];
export const MAINTAINING_FACTORS = [
  'Lite lesing og samtale hjemme; {navn} bruker mye tid foran skjerm.',
  '{navn} har hatt mange ørebetennelser og hører dårlig i perioder.',
  '{navn} trekker seg unna når {navn} ikke blir forstått.',
  'Lite tid ute og i fri lek; {navn} blir kjørt overalt.',
  '{navn} gir opp når noe er vanskelig og vil heller se på.',
  'Klær med mange knapper og glidelåser gjør det vanskelig å få det til selv.',
  'Lange økter uten pause; {navn} sover lite om natta.',
  'Mange beskjeder samtidig og mye støy i klasserommet.',
  '{navn} forventer å mislykkes og vil ikke prøve.',
  'De voksne reagerer ulikt fra dag til dag.',
  'Overganger kommer brått, uten varsel.',
  '{navn} har få ord for det {navn} kjenner på.',
  'Lite kontakt mellom skole og hjem om fraværet.',
  'Morgenene hjemme er travle og uten faste rutiner.',
  '{navn} gruer seg til gymtimene og garderobesituasjonen.',
  'Få voksne ute i friminuttene.',
  'Klassen har få felles regler for hvordan de er mot hverandre.',
  '{navn} har flyttet og kjenner få i klassen.',
];
export const GOALS = [
  '{navn} forteller med hele setninger om en ting {navn} har gjort, i samlingsstunden før jul.',
  '{navn} følger en beskjed med to ledd i garderoben innen tre måneder.',
  '{navn} leker sammen med to andre barn i minst ti minutter i utetida.',
  '{navn} løper og stopper uten å falle på fotballbanen innen sommeren.',
  '{navn} skriver fem setninger uten å ta pause innen vinterferien.',
  '{navn} kler på seg selv i garderoben før utetid innen påske.',
  '{navn} arbeider med en oppgave i femten minutter i matematikktimene innen februar.',
  '{navn} husker og gjør beskjeden som blir gitt til gruppa, tre av fem dager.',
  '{navn} gjør ferdig lekseoppgavene på skolen før fri, fire dager i uka.',
  '{navn} venter på tur uten å slå i alle lekene i barnehagen.',
  '{navn} rydder og går videre når aktiviteten slutter, med én påminnelse.',
  '{navn} blir i rommet og sier fra med ord når {navn} er uenig.',
  '{navn} er på skolen alle dager i neste måned, utenom sykdom.',
  '{navn} kommer til første time hver mandag de neste seks ukene.',
  '{navn} deltar i gymtimene hver uke fram til sommeren.',
  '{navn} er sammen med minst én annen elev i hvert friminutt.',
  '{navn} forteller at {navn} trives i garderoben, når vi spør hver fredag.',
  '{navn} blir med på klassens tur i mai.',
];
export const SIGNS_OF_SUCCESS = [
  'Vi hører {navn} fortelle om helgen med egne ord i samlingsstunden.',
  '{navn} henter selv det vi ber om og tar på seg luen uten hjelp.',
  'De andre barna inviterer {navn} med i leken.',
  '{navn} blir med i ballspill og går ikke inn før tida.',
  '{navn} leverer skrivearbeid som er like langt som de andres.',
  '{navn} står ferdig påkledd ved døra samtidig med de andre.',
  '{navn} sitter på plassen sin til oppgaven er ferdig.',
  '{navn} vet hva som skal skje etter beskjeden, uten å spørre en voksen.',
  'Lærer ser at oppgavene er gjort før {navn} går hjem.',
  'Det er ingen slag i løpet av en uke.',
  '{navn} rydder lekene og går til neste aktivitet selv.',
  '{navn} sier «jeg vil ikke» i stedet for å gå.',
  'Fraværslisten viser ingen udokumenterte dager i måneden.',
  '{navn} er på plass når første time begynner.',
  '{navn} skifter i garderoben sammen med klassen.',
  'Inspiserende lærer ser {navn} leke med andre i friminuttene.',
  '{navn} sier at ingen ler av {navn} lenger.',
  '{navn} sover over på klassetur med de andre.',
];

export const MEASURES_SERVICE = [
  'Pedagogisk leder leser bildebok med {navn} tre ganger i uka og lar {navn} fortelle videre.',
  'Kontaktlæreren viser dagens plan med bilder på pulten til {navn} hver morgen.',
  'Spesialpedagogen øver med {navn} på bokstavlyder i tjue minutter hver tirsdag og torsdag.',
  'Helsesykepleieren har en samtale med {navn} hver fredag om hvordan uka har vært.',
  'Miljøarbeideren er sammen med {navn} i friminuttet og setter i gang lek med to andre barn.',
  'Fysioterapeuten lager et treningsprogram og viser de voksne i barnehagen hvordan de bruker det.',
  'PP-rådgiveren observerer {navn} i to timer og skriver en kort rapport til neste møte.',
  'Læreren gir {navn} en pause på fem minutter etter hver oppgave.',
  'De voksne i avdelingen varsler {navn} fem minutter før en aktivitet slutter.',
  'Kontaktlæreren ringer hjem samme dag når {navn} ikke kommer på skolen.',
];
export const MEASURES_HOME = [
  'Foreldrene leser høyt for {navn} i tjue minutter hver kveld før leggetid.',
  'Foreldrene lar {navn} kle på seg selv om morgenen og setter av ti minutter ekstra.',
  'Foreldrene går tur med {navn} i skogen hver lørdag.',
  'Foreldrene skrur av skjermene klokka sju hver kveld.',
  'Foreldrene spør {navn} om én god ting fra skoledagen hver middag.',
  'Foreldrene følger {navn} til skolen hver mandag morgen.',
  'Foreldrene skriver i kontaktboka hver fredag hvordan helgen har vært.',
  'Foreldrene inviterer en venn fra klassen hjem én gang i uka.',
];
export const MEASURES_CHILD = [
  '{navn} sier fra til en voksen med kortet sitt når {navn} trenger pause.',
  '{navn} legger klærne sine i samme rekkefølge i hylla hver dag.',
  '{navn} spør en venn om å være med i friminuttet.',
  '{navn} krysser av på timeplanen når en time er ferdig.',
  '{navn} pakker sekken sin selv kvelden før.',
  '{navn} teller til ti og går til den rolige kroken når {navn} blir sint.',
];

export const BRIGHT_SPOTS = [
  '{navn} fortalte om helgen med hele setninger i samlingsstunden i dag!',
  '{navn} kledde på seg selv i garderoben i dag og var først ute.',
  '{navn} spurte selv om å få være med i fotballen i friminuttet.',
  'I dag satt {navn} og jobbet med matteoppgaven helt til den var ferdig.',
  '{navn} sa fra med ord da {navn} ble sint, og gikk til den rolige kroken.',
  '{navn} var på skolen hele uka!',
  'Hjemme har {navn} lest en hel bok selv denne uka.',
  '{navn} hjalp en yngre elev i garderoben i dag.',
  '{navn} var med på turen og hadde det fint hele dagen.',
  'Vi så {navn} le og leke med to venner i sandkassa.',
  '{navn} ventet på tur i spillet uten å bli sint.',
  '{navn} kom tidsnok til første time i dag.',
  'I dag skrev {navn} fem setninger om bursdagen sin.',
  '{navn} hoppet på ett bein over hele gulvet i gymsalen!',
  '{navn} rakk opp hånda og svarte på et spørsmål i timen.',
  '{navn} sov godt hele natta og var opplagt på morgenen.',
  'Bestemor sier at {navn} fortalte om barnehagen i telefonen.',
  '{navn} ryddet lekene og gikk videre uten påminnelse.',
  '{navn} fikk en ny venn i klassen og de spiste lunsj sammen.',
  'Treneren sier at {navn} var med på hele treningen.',
];

export const EVALUATION_COMMENTS: Record<'worked' | 'partly' | 'did_not_work', string[]> = {
  worked: [
    'Tiltaket har virket. {navn} gjør dette nå uten hjelp.',
    'Vi ser tydelig framgang hver uke, både hjemme og i barnehagen.',
    'Målet er nådd. Alle som har vært med, er enige.',
  ],
  partly: [
    'Noe framgang, men ikke hver dag. Vi prøver et mindre steg.',
    'Tiltaket virker når det blir gjort fast. Det har ikke skjedd hver uke.',
    '{navn} får det til med hjelp, men ikke alene ennå.',
  ],
  did_not_work: [
    'Tiltaket har ikke virket. {navn} syntes det var for vanskelig.',
    'Vi har ikke sett noen endring. Vi prøver noe annet.',
    'Tiltaket ble ikke gjennomført som planlagt fordi den ansvarlige var sykmeldt.',
  ],
};
export const FAMILY_VIEWS = [
  'Vi er enige i vurderingen.',
  'Vi ser det samme hjemme.',
  'Hjemme går det bedre enn i barnehagen.',
  'Vi synes det har gått fortere enn vi trodde.',
  'Vi vil prøve litt til før vi endrer noe.',
  '{navn} sier selv at det har blitt lettere.',
  '',
];

/** Why a log goes to another unit, and why to another holder in the same unit (X1). */
export const TRANSFER_REASONS_UNIT = [
  '{navn} begynner på skolen i august.',
  '{navn} bytter skole etter flytting i kommunen.',
  'Den nye enheten har hovedansvaret for oppfølgingen av {navn} nå.',
];
export const TRANSFER_REASONS_HOLDER = [
  'Stafettholderen har fått ny jobb. {navn} får ny stafettholder i samme enhet.',
  'Stafettholderen går ut i permisjon fra 1. mars.',
  '{navn} bytter avdeling, og den nye pedagogiske lederen tar over.',
];
export const DECLINE_REASONS = [
  'Vi har ingen ledig stafettholder før etter sommeren. Spør oss igjen i august.',
  'Barnet hører til en annen skolekrets. Send loggen til riktig skole.',
  'Vi trenger å møte familien før vi tar over loggen.',
];
export const CLOSE_REASONS = [
  'Koordinert innsats er ikke lenger nødvendig.',
  'Målene er nådd.',
  'Familien flytter fra kommunen.',
  '{navn} begynner på videregående skole utenfor kommunen.',
];
