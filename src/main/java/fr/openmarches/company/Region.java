package fr.openmarches.company;

/**
 * The 18 regions of France (13 in metropolitan France, 5 overseas) where a company offers its
 * services, with their INSEE code. Labels are translated ({@code company.region.<name>}).
 */
public enum Region {

	AUVERGNE_RHONE_ALPES("84"), BOURGOGNE_FRANCHE_COMTE("27"), BRETAGNE("53"), CENTRE_VAL_DE_LOIRE("24"),
	CORSE("94"), GRAND_EST("44"), HAUTS_DE_FRANCE("32"), ILE_DE_FRANCE("11"), NORMANDIE("28"),
	NOUVELLE_AQUITAINE("75"), OCCITANIE("76"), PAYS_DE_LA_LOIRE("52"), PROVENCE_ALPES_COTE_D_AZUR("93"),
	GUADELOUPE("01"), MARTINIQUE("02"), GUYANE("03"), LA_REUNION("04"), MAYOTTE("06");

	private final String inseeCode;

	Region(String inseeCode) {
		this.inseeCode = inseeCode;
	}

	public String inseeCode() {
		return inseeCode;
	}

	/** The key of the region's translated name. */
	public String labelKey() {
		return "company.region." + name();
	}
}
