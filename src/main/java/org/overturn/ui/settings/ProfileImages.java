package org.overturn.ui.settings;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.FileChooser;
import org.overturn.domain.packet.PracticeProfile.ProfileImage;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;

/**
 * The logo and the signature image: each shown beside its buttons (clearing only when there is one
 * to clear), and the file chooser that picks a new one.
 */
final class ProfileImages {

    private ProfileImages() {}

    /** Shows the image as it is now and whenever it changes. */
    static void bind(ImageView view, Button clear, ObservableValue<Optional<ProfileImage>> image) {
        image.addListener((o, a, img) -> show(view, clear, img));
        show(view, clear, image.getValue());
    }

    private static void show(ImageView view, Button clear, Optional<ProfileImage> img) {
        view.setImage(img.map(i -> new Image(new ByteArrayInputStream(i.bytes()))).orElse(null));
        Nodes.show(view, img.isPresent());
        clear.setDisable(img.isEmpty());
    }

    /** Asks for a PNG or JPEG image, over the window the node is in. */
    static Optional<File> choose(Node owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("profile.image.choose"));
        chooser.getExtensionFilters()
                .add(
                        new FileChooser.ExtensionFilter(
                                Messages.get("profile.image.filter"), "*.png", "*.jpg", "*.jpeg"));
        return Optional.ofNullable(
                chooser.showOpenDialog(
                        owner.getScene() == null ? null : owner.getScene().getWindow()));
    }
}
