/**
 * Command-line client ({@code target/openmarches-cli.jar}, docs/cli.md): a standalone program, not
 * part of the running platform — no Spring bean, nothing here is scanned or called by the
 * application; it talks to a platform over its REST API like any client, with a personal API token.
 *
 * <p>{@link fr.openmarches.cli.OpenMarchesCli} reads the command line (French commands, English
 * aliases, messages in French or English from {@code fr/openmarches/cli/messages*.properties}).
 * {@code SealedUpload} seals a file chunk by chunk with {@link fr.openmarches.sealing.ChunkSealer}
 * and sends each sealed chunk as an upload chunk (a fixed number of buffers, whatever the size);
 * {@code DepositState} keeps in a small file what a rerun needs to resume (content key, salts,
 * uploads, the deposit once finalised), then marks it done, content key erased, so that the same
 * command run again makes no second deposit (a new one only with {@code --nouveau-depot}). A run
 * killed after the platform finalised the deposit but before the state said so is recovered on the
 * next run: each upload's {@code deposit} ({@code GET /api/v1/uploads/{id}}) names the deposit, taken
 * only if it holds this state's files (salts, ciphertext hashes); the receipt is then saved as after
 * a normal run. Groupement members ({@code --membre}, SIRET checked here as the platform does) and
 * co-signature files ({@code --cosignatures}, sealed like any piece, recorded as signing theirs) go
 * into the deposit request. {@code Api} makes the calls with the token, retries cuts and turns
 * problem documents into clear errors; {@code Json} reads the answers.
 * {@code ReceiptProof} is {@code verifier-recu}: it proves a receipt against the public evidence API
 * alone — entry hashes and links recomputed from the documented format (not the server's code),
 * the covering head's and the deposit's RFC 3161 tokens checked with BouncyCastle against the trust
 * anchors given on the command line — and never asks the platform's own verification.
 *
 * <p><b>Dependencies.</b> The JDK and the {@code sealing} module only among the platform's modules,
 * so that the jar holds just these two packages; {@code verifier-recu} also uses BouncyCastle and
 * PDFBox (libraries, copied to {@code target/cli-lib/} beside the jar, on its {@code Class-Path}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command-line client")
package fr.openmarches.cli;
