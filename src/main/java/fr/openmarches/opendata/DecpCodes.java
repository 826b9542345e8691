package fr.openmarches.opendata;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import fr.openmarches.consultation.ProcedureType;

/**
 * The closed lists of the DECP format (schema v2.0.3), each value with the exact text the format
 * writes ({@link Coded#decp()}). Pages show them through the messages
 * {@code opendata.<list>.<VALUE>}.
 */
public final class DecpCodes {

	private DecpCodes() {
	}

	/** A value of one of the format's lists. */
	public interface Coded {

		/** The value as the DECP format writes it. */
		String decp();
	}

	/** Nature du marché. */
	public enum Nature implements Coded {
		CONTRACT("Marché"), PARTNERSHIP("Marché de partenariat"), DEFENCE("Marché de défense ou de sécurité");

		private final String decp;

		Nature(String decp) {
			this.decp = decp;
		}

		@Override
		public String decp() {
			return decp;
		}
	}

	/** Technique d'achat. */
	public enum Technique implements Coded {
		FRAMEWORK("Accord-cadre"), CONTEST("Concours"), QUALIFICATION_SYSTEM("Système de qualification"),
		DYNAMIC_PURCHASING("Système d'acquisition dynamique"), CATALOGUE("Catalogue électronique"),
		AUCTION("Enchère électronique"), NONE("Sans objet");

		private final String decp;

		Technique(String decp) {
			this.decp = decp;
		}

		@Override
		public String decp() {
			return decp;
		}
	}

	/** Modalité d'exécution. */
	public enum ExecutionMode implements Coded {
		TRANCHES("Tranches"), PURCHASE_ORDERS("Bons de commande"), SUBSEQUENT_CONTRACTS("Marchés subséquents"),
		NONE("Sans objet");

		private final String decp;

		ExecutionMode(String decp) {
			this.decp = decp;
		}

		@Override
		public String decp() {
			return decp;
		}
	}

	/** CCAG de référence. */
	public enum Ccag implements Coded {
		WORKS("Travaux"), PROJECT_MANAGEMENT("Maitrise d'œuvre"), SUPPLIES_AND_SERVICES("Fournitures courantes et services"),
		INDUSTRIAL("Marchés industriels"), INTELLECTUAL_SERVICES("Prestations intellectuelles"),
		INFORMATION_TECHNOLOGY("Techniques de l'information et de la communication"), NONE("Pas de CCAG");

		private final String decp;

		Ccag(String decp) {
			this.decp = decp;
		}

		@Override
		public String decp() {
			return decp;
		}
	}

	/** Type de groupement d'opérateurs. */
	public enum Grouping implements Coded {
		JOINT("Conjoint"), JOINT_AND_SEVERAL("Solidaire"), NONE("Pas de groupement");

		private final String decp;

		Grouping(String decp) {
			this.decp = decp;
		}

		@Override
		public String decp() {
			return decp;
		}
	}

	/** Procédure de passation. */
	public enum Procedure implements Coded {
		ADAPTED("Procédure adaptée"), OPEN_TENDER("Appel d'offres ouvert"), RESTRICTED_TENDER("Appel d'offres restreint"),
		NEGOTIATED("Procédure avec négociation"),
		WITHOUT_COMPETITION("Marché passé sans publicité ni mise en concurrence préalable"),
		COMPETITIVE_DIALOGUE("Dialogue compétitif");

		private final String decp;

		Procedure(String decp) {
			this.decp = decp;
		}

		@Override
		public String decp() {
			return decp;
		}

		/**
		 * The procedure a consultation ran under; {@code null} for a concession, which the DECP
		 * publish as a « contrat-concession », not a « marché ».
		 */
		public static Procedure of(ProcedureType type) {
			return switch (type) {
				case MAPA -> ADAPTED;
				case OPEN_TENDER -> OPEN_TENDER;
				case RESTRICTED_TENDER -> RESTRICTED_TENDER;
				case NEGOTIATED -> NEGOTIATED;
				case COMPETITIVE_DIALOGUE -> COMPETITIVE_DIALOGUE;
				case CONCESSION -> null;
			};
		}
	}

	/** Type de code du lieu d'exécution. */
	public enum PlaceType implements Coded {
		POSTCODE("Code postal"), COMMUNE("Code commune"), ARRONDISSEMENT("Code arrondissement"), CANTON("Code canton"),
		DEPARTMENT("Code département"), REGION("Code région"), COUNTRY("Code pays");

		private final String decp;

		PlaceType(String decp) {
			this.decp = decp;
		}

		@Override
		public String decp() {
			return decp;
		}
	}

	/** Type de prix. */
	public enum PriceType implements Coded {
		FIRM("Définitif ferme"), ADJUSTABLE("Définitif actualisable"), REVISABLE("Définitif révisable"),
		PROVISIONAL("Provisoire");

		private final String decp;

		PriceType(String decp) {
			this.decp = decp;
		}

		@Override
		public String decp() {
			return decp;
		}
	}

	/** Forme du prix. */
	public enum PriceForm implements Coded {
		UNIT("Unitaire"), LUMP_SUM("Forfaitaire"), MIXED("Mixte");

		private final String decp;

		PriceForm(String decp) {
			this.decp = decp;
		}

		@Override
		public String decp() {
			return decp;
		}
	}

	/** Considération sociale. */
	public enum Social implements Coded {
		CLAUSE("Clause sociale"), CRITERION("Critère social"), RESERVED("Marché réservé"),
		NONE("Pas de considération sociale");

		private final String decp;

		Social(String decp) {
			this.decp = decp;
		}

		@Override
		public String decp() {
			return decp;
		}
	}

	/** Considération environnementale. */
	public enum Environmental implements Coded {
		CLAUSE("Clause environnementale"), CRITERION("Critère environnemental"),
		NONE("Pas de considération environnementale");

		private final String decp;

		Environmental(String decp) {
			this.decp = decp;
		}

		@Override
		public String decp() {
			return decp;
		}
	}

	/** Type d'identifiant d'un titulaire. */
	public enum HolderIdType implements Coded {
		SIRET("SIRET"), TVA("TVA"), TAHITI("TAHITI"), RIDET("RIDET"), FRWF("FRWF"), IREP("IREP"), OUTSIDE_EU("HORS-UE");

		private final String decp;

		HolderIdType(String decp) {
			this.decp = decp;
		}

		@Override
		public String decp() {
			return decp;
		}
	}

	/** {@code values} as one column: names joined by {@code |}. */
	static String join(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining("|"));
	}

	/** The values of {@code type} named in a column written by {@link #join}. */
	static <E extends Enum<E>> Set<E> split(String column, Class<E> type) {
		var values = EnumSet.noneOf(type);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split("\\|")).map(name -> Enum.valueOf(type, name)).forEach(values::add);
		}
		return values;
	}
}
