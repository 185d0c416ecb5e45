package jp.kakanai.forms.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kakanai.forms.definition.FormCatalog;
import jp.kakanai.forms.definition.FormDefinition;

/**
 * Renders the catalog's forms, prefilled, as PDFs with embedded subset Japanese fonts and a back-office QR
 * code. Create one at start-up and share it: it is thread-safe, and each render builds its own PDF document
 * from fonts parsed once.
 */
public final class FormRenderer {
    private final FormCatalog catalog;
    private final TextShaper shaper;
    private final PdfAssembler assembler;
    /** Which edition of the forms made a PDF (the town pack version), written into its document information. */
    private final Optional<String> edition;
    private final Optional<FixedLayer.Cache> fixedLayers;

    private FormRenderer(FontLibrary fonts, FormCatalog catalog) {
        this(catalog, new TextShaper(fonts), new PdfAssembler(), Optional.of(new FixedLayer.Cache()));
    }

    /**
     * For the benchmark, which compares against PDFBox's naive font loading with the same layout: without
     * {@code fixedLayers}, every page draws everything itself.
     */
    FormRenderer(FormCatalog catalog, TextShaper shaper, PdfAssembler assembler, Optional<FixedLayer.Cache> fixedLayers) {
        this(catalog, shaper, assembler, fixedLayers, Optional.empty());
    }

    private FormRenderer(FormCatalog catalog, TextShaper shaper, PdfAssembler assembler,
                         Optional<FixedLayer.Cache> fixedLayers, Optional<String> edition) {
        this.catalog = catalog;
        this.shaper = shaper;
        this.assembler = assembler;
        this.fixedLayers = fixedLayers;
        this.edition = edition;
    }

    /**
     * A renderer of the catalog's forms (a town pack's {@code forms()}).
     *
     * @throws FontUnavailableException at once when a font file is missing, naming it and its Debian package
     */
    public static FormRenderer create(FontSettings fonts, FormCatalog catalog) {
        Objects.requireNonNull(fonts, "fonts");
        Objects.requireNonNull(catalog, "catalog");
        return new FormRenderer(new FontLibrary(fonts), catalog);
    }

    /**
     * The same fonts with other forms: a new town pack version is swapped in without parsing the fonts again.
     */
    public FormRenderer withCatalog(FormCatalog forms) {
        return new FormRenderer(Objects.requireNonNull(forms, "forms"), shaper, assembler, fixedLayers, edition);
    }

    /**
     * The same, naming the edition of its forms (e.g. 「town pack 3 sha256:…」) in every PDF's document
     * information ({@value PdfAssembler#EDITION_KEY}), so a printed form says which layout and rules made it.
     * The fixed layers stay shared: they are kept per form definition by value, so a form a new version changed
     * gets its own and an unchanged one is reused.
     */
    public FormRenderer withCatalog(FormCatalog forms, String edition) {
        return new FormRenderer(Objects.requireNonNull(forms, "forms"), shaper, assembler, fixedLayers,
                Optional.of(edition));
    }

    /**
     * One form as a one-page PDF.
     *
     * @throws FormRenderException naming the form and the field: {@link UnknownFormException},
     *                             {@link InvalidFormDataException} (a value its field cannot print, e.g. a bad date, a
     *                             sex code that is not ISO 5218, a My Number with a wrong check digit),
     *                             {@link ValueDoesNotFitException}, {@link FormDataTooLargeException}, and
     *                             {@link RenderFailedException} for a fault of the renderer itself
     */
    public RenderedForm render(String formId, FormData data) {
        return renderAll(List.of(formId), data);
    }

    /**
     * Several forms of one visit as one PDF, one page per form in the given order, each with its own QR
     * code (一括印刷: the clerk prints everything the resident signs in one go).
     */
    public RenderedForm renderAll(List<String> formIds, FormData data) {
        Objects.requireNonNull(data, "data");
        return render(Optional.empty(), formIds.stream().map(id -> new FormPage(id, data)).toList());
    }

    /** Several forms as one PDF, each page with its own data, in the given order. */
    public RenderedForm renderPages(List<FormPage> pages) {
        return render(Optional.empty(), pages);
    }

    /**
     * A visit's print (一括印刷) as one PDF: the resident's cover sheet first, then each form with its own
     * data, in the given order (the order the resident walks the departments), each with its own QR code.
     * Placeholders of the cover are reported under {@code cover.*} fields.
     */
    public RenderedForm renderVisit(CoverSheet cover, List<FormPage> pages) {
        Objects.requireNonNull(cover, "cover");
        return render(Optional.of(cover), pages);
    }

    private RenderedForm render(Optional<CoverSheet> cover, List<FormPage> formPages) {
        List<FormDefinition> forms = formPages.stream().map(p -> definitionOrThrow(p.formId())).toList();
        List<Placeholder> placeholders = new ArrayList<>();
        List<PageSketch> pages = new ArrayList<>();
        try {
            cover.ifPresent(c -> pages.add(new CoverPainter(shaper, c, placeholders).paint()));
        } catch (FormRenderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RenderFailedException("", "cover", e);
        }
        for (int i = 0; i < forms.size(); i++) {
            // A table with more people than rows goes on over 別紙 in the same layout (ContinuationSheets).
            for (ContinuationSheets.Sheet sheet : ContinuationSheets.of(forms.get(i), formPages.get(i).data())) {
                pages.add(page(sheet.form(), sheet.data(), placeholders, sheet.form() == forms.get(i)));
            }
        }
        try {
            return new RenderedForm(assembler.assemble(pages, edition), placeholders.stream().distinct().toList());
        } catch (RuntimeException e) {
            throw new RenderFailedException(String.join(",", forms.stream().map(FormDefinition::id).toList()), null, e);
        }
    }

    /**
     * A form's page: only what the data adds when the form's fixed layer is made, else everything, to make it. A 別紙
     * is not cached: its title and note carry the sheet's number and the receipt number, so each is a new definition.
     */
    private PageSketch page(FormDefinition form, FormData data, List<Placeholder> placeholders, boolean cacheable) {
        Optional<FixedLayer> fixed = cacheable ? fixedLayers.flatMap(layers -> layers.of(form)) : Optional.empty();
        PageSketch page = new FormPainter(shaper, form, data, placeholders, fixed).paint();
        if (fixed.isEmpty() && cacheable) {
            fixedLayers.ifPresent(layers -> page.reuse(layers.remember(form, page)));
        }
        placeholders.addAll(page.reused().map(FixedLayer::placeholders).orElse(page.fixedPlaceholders()));
        return page;
    }

    /** The whole page of one form as laid out, before any PDF exists: its QR code mark tells what the code holds. */
    PageSketch sketch(String formId, FormData data) {
        return new FormPainter(shaper, definitionOrThrow(formId), data, new ArrayList<>(), Optional.empty()).paint();
    }

    /** Id and Japanese title of every form, ordered by id. */
    public List<FormSummary> forms() {
        return catalog.all().stream().map(f -> new FormSummary(f.id(), f.title())).toList();
    }

    public boolean hasForm(String formId) {
        return catalog.find(formId).isPresent();
    }

    /** The layout of a form, e.g. to check where its fields are. */
    public Optional<FormDefinition> definition(String formId) {
        return catalog.find(formId);
    }

    private FormDefinition definitionOrThrow(String formId) {
        return catalog.find(formId).orElseThrow(() -> new UnknownFormException(formId));
    }
}
