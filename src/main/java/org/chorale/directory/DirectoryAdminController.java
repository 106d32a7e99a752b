package org.chorale.directory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.chorale.shared.Refusal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The directory as administrators handle it (the security chain lets only them in): its
 * size, the export of the whole of it, and imports followed while they run.
 */
@Controller
@RequestMapping("/administration/annuaire")
class DirectoryAdminController {

	private final DirectoryAdministration directory;

	private final DirectoryImportJobs jobs;

	private final Clock clock;

	DirectoryAdminController(DirectoryAdministration directory, DirectoryImportJobs jobs, Clock clock) {
		this.directory = directory;
		this.jobs = jobs;
		this.clock = clock;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("size", this.directory.size());
		model.addAttribute("jobs", this.jobs.recent());
		return "directory/admin";
	}

	@GetMapping("/export")
	ResponseEntity<StreamingResponseBody> export() {
		String name = "annuaire-" + LocalDate.now(this.clock) + ".zip";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out -> {
				try {
					this.directory.export(out);
				}
				catch (SQLException ex) {
					throw new IOException(ex);
				}
			});
	}

	@PostMapping("/import")
	String importFile(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		if (file.isEmpty()) {
			redirect.addFlashAttribute("refusal", Refusal.of("directory.admin.noFile"));
			return "redirect:/administration/annuaire";
		}
		Path uploaded = Files.createTempFile("chorale-directory-", suffix(file.getOriginalFilename()));
		file.transferTo(uploaded);
		DirectoryImportJobs.Job job = this.jobs.start(uploaded, name(file.getOriginalFilename()));
		return "redirect:/administration/annuaire/imports/" + job.id();
	}

	@GetMapping("/imports/{id}")
	String job(@PathVariable UUID id, Model model) {
		model.addAttribute("job",
				this.jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "directory/import";
	}

	/** The progress alone, which the page polls with htmx while the import runs. */
	@GetMapping("/imports/{id}/progress")
	String progress(@PathVariable UUID id, Model model) {
		job(id, model);
		return "directory/import :: progress";
	}

	/** The import reads the file by its extension: a zip, else a CSV. */
	private static String suffix(String name) {
		return (name != null && name.toLowerCase(Locale.ROOT).endsWith(".zip")) ? ".zip" : ".csv";
	}

	/** The uploaded file's own name, without any path, for the page. */
	private static String name(String original) {
		String name = (original == null) ? ""
				: original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
					.replaceAll("[^\\p{L}\\p{N} ._()-]", "_");
		name = name.isBlank() ? "annuaire" : name;
		return (name.length() > 100) ? name.substring(0, 100) : name;
	}

}
