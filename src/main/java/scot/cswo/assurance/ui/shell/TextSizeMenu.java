package scot.cswo.assurance.ui.shell;

import java.nio.file.Path;
import java.util.stream.IntStream;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.Theme;

/**
 * View &gt; Text size: the window's text from 100 % to 200 % of Windows' own text size (which it
 * already follows), for a user who wants it larger in this app only; remembered with the window.
 */
final class TextSizeMenu {
    private TextSizeMenu() {
    }

    /** Puts the remembered text size in force and offers the menu that changes it. */
    static Menu of(Theme theme, Path windowState) {
        theme.textScale(WindowGeometry.textScale(windowState));
        Menu menu = new Menu(Messages.get("menu.view.textSize"));
        menu.setId("menu-view-text-size");
        ToggleGroup sizes = new ToggleGroup();
        IntStream.of(100, 125, 150, 175, 200).forEach(percent -> {
            RadioMenuItem size = new RadioMenuItem(Messages.get("menu.view.textSize.percent", percent));
            size.setId("text-size-" + percent);
            size.setToggleGroup(sizes);
            size.setSelected(Math.round(theme.textScale() * 100) == percent);
            size.setOnAction(e -> {
                theme.textScale(percent / 100.0);
                WindowGeometry.saveTextScale(theme.textScale(), windowState);
            });
            menu.getItems().add(size);
        });
        return menu;
    }
}
